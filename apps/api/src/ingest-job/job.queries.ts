// Cypher of ingestion jobs. An upload is an (:IngestFile) holding its bytes in (:IngestChunk) parts of a
// megabyte; starting a job attaches uploads to an (:IngestJob) as its queued files. Bytes are dropped
// once a file's document is written.

// An upload is 'storing' while its parts are written, each in a transaction of its own, and becomes
// 'uploaded' with the other files of its request once all are there: a job takes only whole uploads.
export const CREATE_UPLOAD = `
CREATE (f:IngestFile {id: $id, name: $name, size: $size, chunks: $chunks, state: 'storing', uploadedBy: $by, uploadedAt: datetime()})`;

export const SAVE_CHUNK = `
MATCH (f:IngestFile {id: $id, state: 'storing'})
CREATE (f)-[:HAS_CHUNK]->(:IngestChunk {index: $index, bytes: $bytes})`;

export const FINISH_UPLOADS = `
UNWIND $ids AS id
MATCH (f:IngestFile {id: id, state: 'storing'})
WHERE COUNT { (f)-[:HAS_CHUNK]->() } = f.chunks
SET f.state = 'uploaded', f.uploadedAt = datetime()
RETURN count(f) AS stored`;

export const READ_CHUNK = `
MATCH (:IngestFile {id: $id})-[:HAS_CHUNK]->(c:IngestChunk {index: $index})
RETURN c.bytes AS bytes`;

// A few megabytes at a time: a transaction holds what it deletes, within db.memory.transaction.max.
export const DROP_CHUNKS_OF = `
MATCH (f:IngestFile)-[:HAS_CHUNK]->(c:IngestChunk) WHERE f.id IN $ids
WITH c LIMIT 8
DETACH DELETE c
RETURN count(*) AS dropped`;

export const DROP_FILES = `
MATCH (f:IngestFile) WHERE f.id IN $ids AND NOT (f)-[:HAS_CHUNK]->()
DETACH DELETE f`;

// Uploads the caller made that no job took yet, with their sizes (bytes stay in the store).
export const FIND_UPLOADS = `
UNWIND $ids AS id
OPTIONAL MATCH (f:IngestFile {id: id})
RETURN id, f IS NOT NULL AS found, f.state = 'uploaded' AS free, f.uploadedBy AS by, f.size AS size`;

// Uploads join the job in the order given, then the URLs to fetch (a file without bytes until it is read).
export const CREATE_JOB = `
CREATE (j:IngestJob {id: $jobId, createdBy: $by, createdAt: datetime(), total: size($ids) + size($urls), cancelled: false})
WITH j
CALL (j) {
  UNWIND range(0, size($ids) - 1) AS index
  MATCH (f:IngestFile {id: $ids[index], state: 'uploaded'})
  SET f.state = 'queued', f.index = index, f.jobId = $jobId
  CREATE (j)-[:HAS_FILE]->(f)
  RETURN count(f) AS attached
}
CALL (j) {
  UNWIND range(0, size($urls) - 1) AS k
  CREATE (f:IngestFile {id: $jobId + '-' + k, name: $urls[k], url: $urls[k], size: 0, state: 'queued', index: size($ids) + k, jobId: $jobId})
  CREATE (j)-[:HAS_FILE]->(f)
  RETURN count(f) AS fetched
}
RETURN attached + fetched AS attached`;

const JOB_FIELDS = `
j.id AS id, j.createdBy AS createdBy, toString(j.createdAt) AS createdAt, j.total AS total, j.cancelled AS cancelled,
[(j)-[:HAS_FILE]->(f) | f.state] AS states`;

export const JOB_SUMMARY = `MATCH (j:IngestJob {id: $id}) RETURN ${JOB_FIELDS}`;

export const RECENT_JOBS = `MATCH (j:IngestJob) WITH j ORDER BY j.createdAt DESC LIMIT toInteger($limit) RETURN ${JOB_FIELDS}`;

export const JOB_FILES = `
MATCH (:IngestJob {id: $id})-[:HAS_FILE]->(f:IngestFile)
RETURN f.id AS id, f.index AS index, f.name AS name, f.size AS size, f.state AS state, f.error AS error,
       f.documentId AS documentId, f.documentStatus AS documentStatus
ORDER BY f.index`;

export const CANCEL_JOB = `
MATCH (j:IngestJob {id: $id})
SET j.cancelled = true
WITH j
OPTIONAL MATCH (j)-[:HAS_FILE]->(f:IngestFile {state: 'queued'})
SET f.state = 'cancelled', f.error = 'cancelled before it was read'
RETURN count(f) AS cancelled`;

// Failed and cancelled files go back in the queue (their bytes were kept for this).
export const RETRY_JOB = `
MATCH (j:IngestJob {id: $id})
SET j.cancelled = false
WITH j
OPTIONAL MATCH (j)-[:HAS_FILE]->(f:IngestFile)
WHERE f.state IN ['failed', 'cancelled'] AND (f.bytes IS NOT NULL OR f.url IS NOT NULL OR (f)-[:HAS_CHUNK]->())
SET f.state = 'queued', f.error = null
RETURN count(f) AS queued`;

// The runner's lease: one process of `kg serve --workers N` runs jobs at a time. The SET takes the
// node's write lock before the holder is read, so two processes never both win. $gone names a holder
// known to have stopped (a process of this machine that is no more), taken over before its lease ends.
export const TAKE_LEASE = `
MERGE (l:IngestLease {id: 'jobs'})
SET l.locked = true
WITH l
WHERE l.holder IS NULL OR l.holder = $me OR l.holder = $gone OR l.expiresAt < timestamp()
WITH l, l.holder = $me AS kept
SET l.holder = $me, l.host = $host, l.pid = $pid, l.expiresAt = timestamp() + $ttlMs
RETURN coalesce(kept, false) AS kept`;

export const LEASE_HOLDER = `MATCH (l:IngestLease {id: 'jobs'}) RETURN l.holder AS holder, l.host AS host, l.pid AS pid`;

// Whether any file waits or was left in flight: an idle API looks with this read and writes nothing.
export const WORK_PENDING = `
MATCH (f:IngestFile) WHERE f.state IN ['queued', 'reading', 'extracting', 'loading']
RETURN count(f) > 0 AS pending`;

export const RELEASE_LEASE = `MATCH (l:IngestLease {id: 'jobs', holder: $me}) SET l.holder = null, l.expiresAt = 0`;

// Files an earlier holder was working on when it stopped start again from the queue.
export const REQUEUE_IN_FLIGHT = `
MATCH (f:IngestFile) WHERE f.state IN ['reading', 'extracting', 'loading']
SET f.state = 'queued'
RETURN count(f) AS requeued`;

// The next file: oldest job first, then the file's place in its job.
export const CLAIM_NEXT = `
MATCH (j:IngestJob {cancelled: false})-[:HAS_FILE]->(f:IngestFile {state: 'queued'})
WHERE NOT f.id IN $busy
WITH f, j ORDER BY j.createdAt, f.index LIMIT 1
SET f.state = 'reading'
RETURN f.id AS id, f.name AS name, f.size AS size, f.chunks AS chunks, f.bytes AS bytes, f.url AS url, j.id AS jobId`;

export const SET_STATE = `MATCH (f:IngestFile {id: $id}) SET f.state = $state`;

export const SET_FETCHED = `MATCH (f:IngestFile {id: $id}) SET f.size = $size`;

export const JOB_CANCELLED = `MATCH (j:IngestJob {id: $jobId}) RETURN j.cancelled AS cancelled`;

export const FAIL_FILE = `MATCH (f:IngestFile {id: $id}) SET f.state = $state, f.error = $error`;

// Run inside the transaction that writes the document, so the two commit together.
export const FINISH_FILE = `
MATCH (f:IngestFile {id: $id})
SET f.state = 'done', f.documentId = $documentId, f.documentStatus = $status, f.error = null, f.bytes = null
WITH f
OPTIONAL MATCH (f)-[:HAS_CHUNK]->(c:IngestChunk)
DETACH DELETE c`;

export const DOCUMENT_EXISTS = `MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found`;

// Jobs by state, for the ingest_jobs gauge (the state as JobStore derives it).
export const JOBS_BY_STATE = `
MATCH (j:IngestJob)
OPTIONAL MATCH (j)-[:HAS_FILE]->(f:IngestFile)
WITH j, sum(CASE WHEN f.state IN ['queued', 'reading', 'extracting', 'loading'] THEN 1 ELSE 0 END) AS waiting,
     sum(CASE WHEN f.state = 'cancelled' THEN 1 ELSE 0 END) AS cancelledFiles
WITH CASE WHEN waiting > 0 THEN 'RUNNING' WHEN j.cancelled AND cancelledFiles > 0 THEN 'CANCELLED' ELSE 'DONE' END AS state
RETURN state, count(*) AS jobs`;

// Uploads no job took within a day are dropped with their bytes, and those whose storing stopped
// (the API ended mid-request) after an hour: their parts a few megabytes at a time, then the files.
const STALE_UPLOAD = `
(f.state = 'uploaded' AND f.uploadedAt < datetime() - duration({hours: 24}))
OR (f.state = 'storing' AND f.uploadedAt < datetime() - duration({hours: 1}))`;

export const DROP_STALE_CHUNKS = `
MATCH (f:IngestFile)-[:HAS_CHUNK]->(c:IngestChunk) WHERE ${STALE_UPLOAD}
WITH c LIMIT 8
DETACH DELETE c
RETURN count(*) AS dropped`;

export const DROP_STALE_UPLOADS = `
MATCH (f:IngestFile) WHERE (${STALE_UPLOAD}) AND NOT (f)-[:HAS_CHUNK]->()
WITH f LIMIT 8
DELETE f
RETURN count(*) AS dropped`;
