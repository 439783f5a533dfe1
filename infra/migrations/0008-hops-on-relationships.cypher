// What a record's lineage needs from each disclosure that carried it (its time, sender and
// recipient), and from each deletion of it (its time and holder), kept on the relationship
// to the record, so one walk over a record's relationships answers who held it when. The
// ledger verifies these copies against the events; this fills them in for events recorded
// before they existed.
MATCH (s:Party)-[:SENT]->(d:Disclosure)-[:TO]->(t:Party)
MATCH (d)-[c:CARRIED]->(:Record)
WHERE c.at IS NULL
SET c.at = d.at, c.from = s.id, c.to = t.id;
MATCH (h:Party)-[:CONFIRMED]->(x:DeletionConfirmation)-[rel:DELETED]->(:Record)
WHERE rel.at IS NULL
SET rel.at = x.at, rel.holder = h.id;
