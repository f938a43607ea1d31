// Ingestion jobs and their files, kept in the graph beside the documents they write: one store to
// back up, and a file is marked done in the transaction that writes its document.
CREATE CONSTRAINT ingest_job_id IF NOT EXISTS FOR (j:IngestJob) REQUIRE j.id IS UNIQUE;
CREATE CONSTRAINT ingest_file_id IF NOT EXISTS FOR (f:IngestFile) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT ingest_lease_id IF NOT EXISTS FOR (l:IngestLease) REQUIRE l.id IS UNIQUE;
CREATE INDEX ingest_file_state IF NOT EXISTS FOR (f:IngestFile) ON (f.state);
