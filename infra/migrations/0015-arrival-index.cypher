// The arrival index (core/lineage/arrival-index.ts): a record any disclosure carried is
// indexed by the indexer, which finds it by the LineageStale label; until then every answer
// replays its history, as before the index. Records written before the index, or by a first
// load, are marked here once.
MATCH (r:Record) WHERE NOT r:LineageIndexed AND NOT r:LineageStale AND EXISTS { (r)<-[:CARRIED]-() }
CALL (r) { SET r:LineageStale } IN TRANSACTIONS OF 10000 ROWS;
