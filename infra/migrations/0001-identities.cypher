// Every node that a client names has a unique id; the constraint also indexes it.
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (p:Party) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT disclosure_id IF NOT EXISTS FOR (d:Disclosure) REQUIRE d.id IS UNIQUE;
// Lineage walks disclosures in time order; reports cut them by calendar year.
CREATE INDEX disclosure_at IF NOT EXISTS FOR (d:Disclosure) ON (d.at);
CREATE INDEX party_kind IF NOT EXISTS FOR (p:Party) ON (p.kind);
