// The disclosure ledger (subgraphs/lineage/ledger.ts): one entry per accepted event, in a
// hash chain like the access log's, found again by the event it records.
CREATE CONSTRAINT ledger_entry_seq IF NOT EXISTS FOR (e:LedgerEntry) REQUIRE (e.chain, e.seq) IS UNIQUE;
CREATE CONSTRAINT ledger_entry_event IF NOT EXISTS FOR (e:LedgerEntry) REQUIRE (e.chain, e.eventType, e.eventId) IS UNIQUE;
