// Compliance documents (Sec. 46-37(f)): each version of an agreement, each recipient
// certification and each monthly recipient list is recorded once, under its own key.
CREATE CONSTRAINT agreement_key IF NOT EXISTS FOR (a:Agreement) REQUIRE a.key IS UNIQUE;
CREATE INDEX agreement_id IF NOT EXISTS FOR (a:Agreement) ON (a.id);
CREATE CONSTRAINT recipient_certification_id IF NOT EXISTS FOR (c:RecipientCertification) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT recipient_list_id IF NOT EXISTS FOR (l:RecipientList) REQUIRE l.id IS UNIQUE;
