// The holder check reads a record's deletions only when the record carries DeletionConfirmed,
// which a deletion confirmation now writes (core/lineage/corrections.ts). Records whose
// deletion was confirmed before are marked here once.
MATCH (r:Record) WHERE NOT r:DeletionConfirmed AND EXISTS { (r)<-[:DELETED]-() }
CALL (r) { SET r:DeletionConfirmed } IN TRANSACTIONS OF 10000 ROWS;
