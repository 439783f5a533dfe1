// Hash chains (subgraphs/shared/chain.ts). One head per chain: appends lock it, and a
// concurrent first append must find the head another one created, not make a second.
CREATE CONSTRAINT chain_head_chain IF NOT EXISTS FOR (h:ChainHead) REQUIRE h.chain IS UNIQUE;
// Two entries with one seq would fork the chain: the constraint refuses the second even if
// the head lock were bypassed, and its index serves every read of a chain in seq order.
// One such constraint per label in CHAIN_LABELS.
CREATE CONSTRAINT access_log_entry_seq IF NOT EXISTS FOR (e:AccessLogEntry) REQUIRE (e.chain, e.seq) IS UNIQUE;
