// One instant, whatever the offset: Neo4j orders two datetimes of the same instant by their
// offsets, so a stored time in one offset and a bound in another compared wrongly at the
// very instant. Every time a query compares becomes UTC. What the sender wrote is kept
// beside it, as stated (the property's name with "Stated" after it), for evidence and for
// the answers, and is never compared. Each statement may run again: a node already moved
// has its stated copy, and UTC of UTC is UTC.
MATCH (d:Disclosure) WHERE d.atStated IS NULL
CALL (d) {
  SET d.atStated = d.at, d.at = datetime({datetime: d.at, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
// The copies of a disclosure's time on its CARRIED relationships (and of a deletion's on its
// DELETED ones) are only ever compared: UTC alone.
MATCH ()-[c:CARRIED]->() WHERE c.at.timezone <> 'Z'
CALL (c) {
  SET c.at = datetime({datetime: c.at, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[x:DELETED]->() WHERE x.at.timezone <> 'Z'
CALL (x) {
  SET x.at = datetime({datetime: x.at, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (x:DeletionConfirmation) WHERE x.atStated IS NULL
CALL (x) {
  SET x.atStated = x.at, x.at = datetime({datetime: x.at, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (t:Retraction) WHERE t.atStated IS NULL
CALL (t) {
  SET t.atStated = t.at, t.at = datetime({datetime: t.at, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (r:Record) WHERE r.createdAtStated IS NULL
CALL (r) {
  SET r.createdAtStated = r.createdAt, r.createdAt = datetime({datetime: r.createdAt, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
// Intervals, and the documents that have a time in force.
MATCH (n) WHERE (n:AccessGrant OR n:EnforcementInterval OR n:Agreement OR n:RecipientCertification)
  AND n.fromStated IS NULL
CALL (n) {
  SET n.fromStated = n.from, n.untilStated = n.until,
    n.from = datetime({datetime: n.from, timezone: 'Z'}),
    n.until = CASE WHEN n.until IS NULL THEN null ELSE datetime({datetime: n.until, timezone: 'Z'}) END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[a:AFFILIATED_WITH]->() WHERE a.fromStated IS NULL
CALL (a) {
  SET a.fromStated = a.from, a.untilStated = a.until,
    a.from = datetime({datetime: a.from, timezone: 'Z'}),
    a.until = CASE WHEN a.until IS NULL THEN null ELSE datetime({datetime: a.until, timezone: 'Z'}) END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE (n:Agreement OR n:RecipientCertification) AND n.signedAtStated IS NULL
CALL (n) {
  SET n.signedAtStated = n.signedAt, n.signedAt = datetime({datetime: n.signedAt, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Agreement) WHERE a.certifiedAt IS NOT NULL AND a.certifiedAtStated IS NULL
CALL (a) {
  SET a.certifiedAtStated = a.certifiedAt, a.certifiedAt = datetime({datetime: a.certifiedAt, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (l:RecipientList) WHERE l.filedAtStated IS NULL
CALL (l) {
  SET l.filedAtStated = l.filedAt, l.filedAt = datetime({datetime: l.filedAt, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
// Times the service set itself: already UTC unless the server's default zone was another.
MATCH (n) WHERE (n.recordedAt IS NOT NULL AND n.recordedAt.timezone <> 'Z')
  OR (n.publishedAt IS NOT NULL AND n.publishedAt.timezone <> 'Z')
CALL (n) {
  SET n.recordedAt = CASE WHEN n.recordedAt IS NULL THEN null ELSE datetime({datetime: n.recordedAt, timezone: 'Z'}) END,
    n.publishedAt = CASE WHEN n.publishedAt IS NULL THEN null ELSE datetime({datetime: n.publishedAt, timezone: 'Z'}) END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[a:AFFILIATED_WITH]->() WHERE a.recordedAt IS NOT NULL AND a.recordedAt.timezone <> 'Z'
CALL (a) {
  SET a.recordedAt = datetime({datetime: a.recordedAt, timezone: 'Z'})
} IN TRANSACTIONS OF 10000 ROWS;
// A retraction now takes effect only when an auditor accepts it. Those filed before took
// effect when filed, and keep doing so: each gets an acceptance of that time, marked as the
// earlier rule's, which the ledger's verification accounts for.
CREATE CONSTRAINT retraction_decision_retraction IF NOT EXISTS FOR (x:RetractionDecision) REQUIRE x.retractionId IS UNIQUE;
MATCH (t:Retraction) WHERE NOT EXISTS { (t)<-[:DECIDES]-(:RetractionDecision) }
CREATE (:RetractionDecision {id: t.id + ':decision', retractionId: t.id, outcome: 'ACCEPTED', legacy: true,
  decidedBy: 'migration 0012',
  note: 'filed before a retraction needed an auditor to accept it: in effect from its filing, as it was then',
  recordedAt: t.recordedAt})-[:DECIDES]->(t);
// A deletion confirmation now cannot end, in the past, a holding that a disclosure on record
// before it continued. Those confirmed before took effect as dated, and keep doing so, marked
// as the earlier rule's; the ledger's verification refuses the mark on a later one.
MATCH (x:DeletionConfirmation) WHERE x.legacy IS NULL
SET x.legacy = true;
// The record clock (subgraphs/shared/recorded.ts) starts after everything already recorded.
CREATE CONSTRAINT record_clock_id IF NOT EXISTS FOR (c:RecordClock) REQUIRE c.id IS UNIQUE;
CALL () {
  MATCH (n) WHERE n.recordedAt IS NOT NULL
  RETURN max(n.recordedAt) AS latest
}
MERGE (c:RecordClock {id: 'facts'})
ON CREATE SET c.last = coalesce(latest, datetime.realtime('Z'));
