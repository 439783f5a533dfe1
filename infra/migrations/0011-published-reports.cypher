// Published editions of the annual report: each version kept as published, under "id#version".
CREATE CONSTRAINT published_report_key IF NOT EXISTS FOR (r:PublishedReport) REQUIRE r.key IS UNIQUE;
