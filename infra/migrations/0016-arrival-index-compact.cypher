// The arrival index keeps each hop in a smaller form (core/lineage/arrival-index.ts): `flow`,
// and `flowVia` and `flowUnknown` only when not empty, where it kept `flowChain` and `unknown`
// on every hop. A record indexed in the form before is marked to be indexed again; until then
// its answers replay its history, and the indexer, writing it again, removes the old form.
MATCH (r:Record:LineageIndexed) WHERE EXISTS { (r)<-[c:CARRIED]-() WHERE c.flow IS NULL }
CALL (r) { SET r:LineageStale REMOVE r:LineageIndexed } IN TRANSACTIONS OF 10000 ROWS;
