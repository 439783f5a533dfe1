import type { Database } from '../../infra/db.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkPageSize, decodeOffset, encodeCursor, type Page } from '../../infra/pagination.ts';
import { allChains, type Hop } from './engine.ts';
import { historiesOf } from './histories.ts';
import { annotated, checkMaxHops, standingsAtTheirHops, type TraceHopRow } from './trace.ts';

/**
 * Every chain of one record to one party, not only the earliest that a trace shows: for an
 * auditor who must see each way the record went there.
 */
export type ChainRow = { hops: TraceHopRow[]; categories: string[] };

/**
 * A page of every valid chain of one record to one party (not only the earliest), enumerated
 * lazily: `after` counts the chains already given, and one more than asked is taken only to
 * know whether another page exists.
 */
export async function chainsPage(
  db: Database,
  args: {
    recordId: string;
    partyId: string;
    maxHops: number;
    first: number;
    after?: string | null;
    asOf?: string | null;
  },
): Promise<Page<ChainRow> & { truncated: boolean; subjectKey: string }> {
  checkMaxHops(args.maxHops);
  const first = checkPageSize(args.first);
  const offset = decodeOffset(args.after);
  const asOf = args.asOf ?? null;
  const [history] = await historiesOf(db, [args.recordId], { facts: true, asOf });
  if (history === undefined) throw new NotFoundError(`no record is registered with id ${args.recordId}`, args.recordId);
  const taken: Hop[][] = [];
  let index = 0;
  for (const chain of allChains(history, args.partyId, args.maxHops)) {
    if (index >= offset) taken.push(chain);
    index += 1;
    if (taken.length > first) break;
  }
  const more = taken.length > first;
  const chains = taken.slice(0, first);
  const standings = await standingsAtTheirHops(db, chains.flat(), asOf);
  const nodes = chains.map((hops) => ({
    hops: annotated(hops, standings, asOf),
    categories: hops.reduce<string[]>(
      (arrived, hop) => arrived.filter((category) => hop.categories.includes(category)),
      [...history.categories],
    ),
  }));
  const end = offset + nodes.length;
  return {
    nodes,
    subjectKey: history.subjectKey,
    truncated: more,
    pageInfo: { endCursor: nodes.length > 0 ? encodeCursor(String(end)) : null, hasNextPage: more },
  };
}
