import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';

const root = join(import.meta.dirname, '..', '..', '..');
const supergraph = parse(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8'));

/** Fields that name a person's records or subject keys (ANALYST never receives them). */
const SUBJECT_LEVEL = /^(subjectKeys?|subjects|records?|recordIds?)$/;
/** A count of records (`records: Int!`) names none of them. */
const COUNTS = new Set(['Int', 'Count']);
/** Roles that must never see a subject key or a record id. */
const NEVER = ['ANALYST', 'REPORTER', 'PUBLIC'];

function scopeGroups(directives: readonly ConstDirectiveNode[] = []): string[][] | null {
  const directive = directives.find((d) => d.name.value === 'requiresScopes');
  const argument = directive?.arguments?.find((a) => a.name.value === 'scopes');
  if (argument?.value.kind !== Kind.LIST) return null;
  return argument.value.values.map((group) =>
    group.kind === Kind.LIST ? group.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [],
  );
}

describe('subject-level fields', () => {
  it('every field that carries a subject key or a record id is closed to ANALYST, REPORTER and PUBLIC', () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const definition of supergraph.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const field of definition.fields ?? []) {
        if (!SUBJECT_LEVEL.test(field.name.value)) continue;
        const type = field.type.kind === Kind.NON_NULL_TYPE ? field.type.type : field.type;
        if (type.kind === Kind.NAMED_TYPE && COUNTS.has(type.name.value)) continue;
        seen += 1;
        const groups = scopeGroups(field.directives);
        const coordinate = `${definition.name.value}.${field.name.value}`;
        if (groups === null) offenders.push(`${coordinate} has no @requiresScopes`);
        else if (groups.some((group) => group.length === 1 && NEVER.includes(group[0] as string))) {
          offenders.push(`${coordinate} is open to ${JSON.stringify(groups)}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
