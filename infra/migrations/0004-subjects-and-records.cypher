// A subject is only its keyed hash; a record is one unit of personal information about one
// subject, created by one county agency in one source system (DOMAIN.md).
CREATE CONSTRAINT subject_key IF NOT EXISTS FOR (s:Subject) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT record_id IF NOT EXISTS FOR (r:Record) REQUIRE r.id IS UNIQUE;
// The agency's own name for a record is unique within its source system.
CREATE CONSTRAINT record_source IF NOT EXISTS FOR (r:Record) REQUIRE (r.originId, r.sourceSystem, r.sourceRecordId) IS UNIQUE;
