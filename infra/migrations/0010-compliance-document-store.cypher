// Audits, notices, orders, demands, detainer and access requests, complaints: each recorded
// once under "KIND:id", found by kind.
CREATE CONSTRAINT compliance_document_key IF NOT EXISTS FOR (d:ComplianceDocument) REQUIRE d.key IS UNIQUE;
CREATE INDEX compliance_document_kind IF NOT EXISTS FOR (d:ComplianceDocument) ON (d.kind);
