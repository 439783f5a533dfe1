/**
 * Organisation names as logs write them, to registered parties. In order: the names file
 * (name → party id, which overrides everything), a party's exact id or name, then the name
 * normalised (case, accents, punctuation, whitespace, "&", a leading "The" and common company
 * suffixes). A name that matches no party, or more than one, is never guessed: its rows are
 * refused and the name is listed with its count, for the auditor to register or map it.
 */
import { partiesPage, type PartyRow } from '../../core/registry/index.ts';
import type { Database } from '../../infra/db.ts';

const SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'ltd',
  'limited',
  'co',
  'corp',
  'corporation',
  'company',
  'lp',
  'llp',
  'plc',
]);

/** The spelling two writings of one organisation's name share. */
export function normaliseName(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (text.endsWith(` ${suffix}`)) {
        text = text.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  return text;
}

export type Resolution = { partyId: string } | { unknown: 'none' | 'several' };

export class PartyNames {
  private readonly byId = new Map<string, PartyRow>();
  private readonly byName = new Map<string, string[]>();
  private readonly byNormal = new Map<string, string[]>();
  private readonly overrides = new Map<string, string>();

  constructor(parties: readonly PartyRow[], overrides: Record<string, string> = {}) {
    const add = (map: Map<string, string[]>, key: string, id: string) => {
      const ids = map.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      map.set(key, ids);
    };
    for (const party of parties) {
      this.byId.set(party.id, party);
      add(this.byName, party.name, party.id);
      add(this.byNormal, normaliseName(party.name), party.id);
    }
    for (const [name, id] of Object.entries(overrides)) {
      this.overrides.set(name, id);
      this.overrides.set(normaliseName(name), id);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  resolve(name: string): Resolution {
    const trimmed = name.trim();
    const override = this.overrides.get(trimmed) ?? this.overrides.get(normaliseName(trimmed));
    if (override !== undefined) return { partyId: override };
    if (this.byId.has(trimmed)) return { partyId: trimmed };
    for (const ids of [this.byName.get(trimmed), this.byNormal.get(normaliseName(trimmed))]) {
      if (ids === undefined) continue;
      if (ids.length === 1) return { partyId: ids[0] as string };
      return { unknown: 'several' };
    }
    return { unknown: 'none' };
  }
}

/** Every registered party, page by page through the registry's front door. */
export async function loadPartyNames(db: Database, overrides: Record<string, string> = {}): Promise<PartyNames> {
  const parties: PartyRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await partiesPage(db, { kind: null, first: 1000, after });
    parties.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return new PartyNames(parties, overrides);
}
