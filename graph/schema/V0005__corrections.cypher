// The reviewers' corrections log: one node per correction, found by id and by what it corrects.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX correction_target IF NOT EXISTS FOR (c:Correction) ON (c.target);
