// Indexes the ingestion and the saved queries lean on.
// A new version of a source is found by its sourceKey.
CREATE INDEX document_source_key IF NOT EXISTS FOR (d:Document) ON (d.sourceKey);
// Search by romanised input.
CREATE INDEX slogan_pinyin IF NOT EXISTS FOR (s:Slogan) ON (s.pinyin);
CREATE INDEX slogan_initials IF NOT EXISTS FOR (s:Slogan) ON (s.initials);
CREATE INDEX project_pinyin IF NOT EXISTS FOR (p:Project) ON (p.pinyin);
CREATE INDEX place_pinyin IF NOT EXISTS FOR (p:Place) ON (p.pinyin);
CREATE INDEX place_name IF NOT EXISTS FOR (p:Place) ON (p.name);
CREATE INDEX project_body IF NOT EXISTS FOR (p:Project) ON (p.bodyId);
CREATE INDEX outcome_status IF NOT EXISTS FOR (o:Outcome) ON (o.status);
