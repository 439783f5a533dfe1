import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  LEGAL_BASES,
  REPORTERS,
  type Channel,
  type LegalBasis,
  type ReportedBy,
} from '../../../core/lineage/vocabulary.ts';
import {
  AFFILIATION_KINDS,
  CATEGORIES,
  PARTY_KINDS,
  type AffiliationKind,
  type Category,
  type PartyKind,
} from '../../../core/registry/vocabulary.ts';
import type * as Lineage from '../../../subgraphs/lineage/generated/resolvers-types.ts';
import type * as Registry from '../../../subgraphs/registry/generated/resolvers-types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SDL_FILES = [
  'subgraphs/registry/schema.graphql',
  'subgraphs/lineage/schema.graphql',
  'subgraphs/compliance/schema.graphql',
  'subgraphs/reporting/schema.graphql',
  'schema/api.graphql',
];

/** The core's list for each GraphQL enum that carries the vocabulary. */
const VOCABULARY: Record<string, readonly string[]> = {
  Category: CATEGORIES,
  PartyKind: PARTY_KINDS,
  AffiliationKind: AFFILIATION_KINDS,
  Channel: CHANNELS,
  LegalBasis: LEGAL_BASES,
  ReportedBy: REPORTERS,
};

/** Every declaration of the vocabulary's enums, file by file. */
function declarations(): Array<{ file: string; name: string; values: string[] }> {
  return SDL_FILES.flatMap((file) =>
    parse(readFileSync(join(ROOT, file), 'utf8')).definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value in VOCABULARY
        ? [{ file, name: definition.name.value, values: (definition.values ?? []).map((value) => value.name.value) }]
        : [],
    ),
  );
}

// Both ways, checked by the type checker (npm test runs tsc over the tests): the generated enum
// types are the core's, no more, no less; a difference makes this assignment fail to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const generatedAreTheCore: [
  Same<Registry.Category, Category>,
  Same<Lineage.Category, Category>,
  Same<Registry.PartyKind, PartyKind>,
  Same<Registry.AffiliationKind, AffiliationKind>,
  Same<Lineage.AffiliationKind, AffiliationKind>,
  Same<Lineage.Channel, Channel>,
  Same<Lineage.LegalBasis, LegalBasis>,
  Same<Lineage.ReportedBy, ReportedBy>,
] = [true, true, true, true, true, true, true, true];

describe('the vocabulary is written once, in the core', () => {
  it('every SDL that declares one of its enums lists exactly the core list, in its order', () => {
    const found = declarations();
    expect(found.map((declared) => `${declared.file} ${declared.name}`)).toContain(
      'subgraphs/lineage/schema.graphql Category',
    );
    for (const declared of found) {
      expect({ where: `${declared.file} ${declared.name}`, values: declared.values }).toEqual({
        where: `${declared.file} ${declared.name}`,
        values: [...(VOCABULARY[declared.name] ?? [])],
      });
    }
  });

  it('each enum of the vocabulary is declared by a subgraph', () => {
    const declared = new Set(
      declarations()
        .filter((d) => d.file.startsWith('subgraphs/'))
        .map((d) => d.name),
    );
    expect([...declared].sort()).toEqual(Object.keys(VOCABULARY).sort());
  });
});
