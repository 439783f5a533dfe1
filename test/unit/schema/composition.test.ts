import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { compose } from '../../../scripts/compose.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the supergraph', () => {
  it('composes from the four subgraph SDLs and matches the committed schema/ files', () => {
    const result = compose();
    expect(result.errors).toBeUndefined();
    expect(result.supergraphSdl).toBe(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8'));
    expect(result.publicSdl).toBe(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
  });

  it('documents every root field for an auditor', () => {
    const api = parse(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
    for (const definition of api.definitions) {
      if (definition.kind !== 'ObjectTypeDefinition' || !['Query', 'Mutation'].includes(definition.name.value))
        continue;
      for (const field of definition.fields ?? []) {
        expect(field.description?.value.length, `${definition.name.value}.${field.name.value}`).toBeGreaterThan(20);
      }
    }
  });

  it('fails to compose when two subgraphs disagree on a shared type', () => {
    const result = composeServices([
      { name: 'a', typeDefs: parse('type Query { x: Info } type Info { n: Int }') },
      { name: 'b', typeDefs: parse('type Query { y: Info } type Info { n: String }') },
    ]);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
