import type { Database } from '../../infra/db.ts';
import { checkEventId, checkInterval } from '../../infra/validation.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { recordOnce } from '../../infra/recorded.ts';
import { utc } from '../../infra/scalars.ts';

/** The end of an enforcement interval, recorded after it: from `at` on, the interval no longer holds. */
export type EnforcementEndRow = { id: string; intervalId: string; at: string; basis: string; recordedAt: string };

const END_FIELDS = /* cypher */ `e {.id, intervalId: i.id, at: coalesce(e.atStated, e.at), .basis, .recordedAt}`;

export const ENFORCEMENT_END_BY_ID = /* cypher */ `
  MATCH (i:EnforcementInterval)-[:ENDED_BY]->(e:EnforcementEnd {id: $id})
  RETURN ${END_FIELDS} AS row`;
export const ENFORCEMENT_INTERVAL_FROM = /* cypher */ `
  MATCH (i:EnforcementInterval {id: $intervalId}) RETURN toString(coalesce(i.fromStated, i.from)) AS from`;
export const CREATE_ENFORCEMENT_END = /* cypher */ `
  MATCH (i:EnforcementInterval {id: $intervalId})
  CREATE (i)-[:ENDED_BY]->(e:EnforcementEnd {
    id: $id, at: datetime($atUtc), atStated: datetime($at), basis: $basis, recordedAt: datetime($recordedAt)})
  RETURN ${END_FIELDS} AS row`;

/**
 * Records that an enforcement interval stops holding at `at`; idempotent by id. Intervals are
 * recorded once and never edited ("corrections never erase"): an end is a new fact beside the
 * interval, so every answer asked as of a recorded time before the end still sees the interval
 * running, and one asked later sees it end. An interval may carry several ends; the earliest
 * one known counts.
 */
export async function endEnforcement(
  db: Database,
  input: { id: string; intervalId: string; at: string; basis: string },
): Promise<{ end: EnforcementEndRow; created: boolean }> {
  checkEventId('enforcement end', input.id);
  const params = { ...input, atUtc: utc(input.at), basis: input.basis.trim() };
  const { row, created } = await recordOnce(db, {
    what: 'enforcement end',
    id: input.id,
    find: async (tx) => (await tx.run<{ row: EnforcementEndRow }>(ENFORCEMENT_END_BY_ID, params))[0],
    same: ({ row }) =>
      row.intervalId === params.intervalId &&
      row.basis === params.basis &&
      Date.parse(row.at) === Date.parse(params.at),
    kept: ({ row }) => row,
    create: async (tx, recordedAt) => {
      const [interval] = await tx.run<{ from: string }>(ENFORCEMENT_INTERVAL_FROM, params);
      if (interval === undefined)
        throw new NotFoundError(
          `enforcement end ${input.id}: no enforcement interval "${input.intervalId}"`,
          input.intervalId,
        );
      // An end before the interval begins would make it hold never: that is not an end but a contradiction.
      checkInterval(`enforcement end ${input.id}`, interval.from, params.at);
      const [written] = await tx.run<{ row: EnforcementEndRow }>(CREATE_ENFORCEMENT_END, { ...params, recordedAt });
      return (written as { row: EnforcementEndRow }).row;
    },
  });
  return { end: row, created };
}
