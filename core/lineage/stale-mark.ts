/**
 * Cypher, for a write bound to the record `r` that changes its history (a disclosure that
 * carries it, a deletion of it, an accepted retraction of a disclosure that carried it):
 * the record's arrival index no longer holds, and the indexer is to make it again
 * (arrival-index.ts). Every such write carries this mark in its own transaction.
 */
export const historyChanged = (r: string) => `SET ${r}:LineageStale REMOVE ${r}:LineageIndexed`;
