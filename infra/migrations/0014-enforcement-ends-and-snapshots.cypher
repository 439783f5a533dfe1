// The end of an enforcement interval is a fact of its own, recorded once under its id beside
// the interval it ends; a snapshot of a published list of agreements is recorded once by its id.
CREATE CONSTRAINT enforcement_end_id IF NOT EXISTS FOR (e:EnforcementEnd) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT enforcement_snapshot_id IF NOT EXISTS FOR (s:EnforcementSnapshot) REQUIRE s.id IS UNIQUE;
