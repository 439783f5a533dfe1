// Access grants are events like disclosures: recorded once each, under the granting agency's id.
CREATE CONSTRAINT access_grant_id IF NOT EXISTS FOR (g:AccessGrant) REQUIRE g.id IS UNIQUE;
