import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, parse } from 'graphql';
import { IDENTIFIER_KINDS } from '../../../core/registry/subject-key.ts';
import { CATEGORIES } from '../../../core/registry/vocabulary.ts';

const sdl = parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'subgraphs', 'registry', 'schema.graphql'), 'utf8'),
);

function enumValues(name: string): string[] {
  for (const definition of sdl.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) {
      return (definition.values ?? []).map((value) => value.name.value);
    }
  }
  throw new Error(`enum ${name} is not in the registry SDL`);
}

describe('the registry enums and the code that checks them', () => {
  it('IdentifierKind lists exactly the kinds subject-key.ts normalises, in its order', () => {
    expect(enumValues('IdentifierKind')).toEqual([...IDENTIFIER_KINDS]);
  });

  it('Category lists exactly the categories records are stored with, in their order', () => {
    expect(enumValues('Category')).toEqual([...CATEGORIES]);
  });
});
