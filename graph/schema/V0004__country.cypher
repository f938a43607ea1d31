// The national government reports on the country as a whole: one Place:Country node (id CN).
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
