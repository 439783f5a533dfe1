// Enforcement intervals and affiliations are recorded once each, under the id the registry
// gives them, so that a resubmission is recognised and a conflicting one refused.
CREATE CONSTRAINT enforcement_interval_id IF NOT EXISTS FOR (i:EnforcementInterval) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT affiliation_id IF NOT EXISTS FOR ()-[a:AFFILIATED_WITH]-() REQUIRE a.id IS UNIQUE;
