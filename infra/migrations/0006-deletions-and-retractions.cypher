// Deletion confirmations and retractions are events like disclosures: recorded once each,
// under the id their reporter gives them.
CREATE CONSTRAINT deletion_confirmation_id IF NOT EXISTS FOR (x:DeletionConfirmation) REQUIRE x.id IS UNIQUE;
CREATE CONSTRAINT retraction_id IF NOT EXISTS FOR (t:Retraction) REQUIRE t.id IS UNIQUE;
