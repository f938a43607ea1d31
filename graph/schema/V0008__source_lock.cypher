// Writers of one source (or one document) take turns: a transaction MERGEs (:SourceLock {key}) first
// and deletes it before committing. The constraint is what makes a second MERGE of the key wait.
CREATE CONSTRAINT source_lock_key IF NOT EXISTS FOR (l:SourceLock) REQUIRE l.key IS UNIQUE;
