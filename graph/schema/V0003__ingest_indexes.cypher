// Indexes the ingestion and the saved queries lean on (V0002 has document_source_key and place_name).
// Search by romanised input outside the full-text index.
CREATE RANGE INDEX slogan_pinyin IF NOT EXISTS FOR (n:Slogan) ON (n.pinyin);
CREATE RANGE INDEX slogan_initials IF NOT EXISTS FOR (n:Slogan) ON (n.initials);
CREATE RANGE INDEX project_pinyin IF NOT EXISTS FOR (n:Project) ON (n.pinyin);
CREATE RANGE INDEX place_pinyin IF NOT EXISTS FOR (n:Place) ON (n.pinyin);
// A body's projects (Project.bodyId is the Place id that runs it).
CREATE RANGE INDEX project_body IF NOT EXISTS FOR (n:Project) ON (n.bodyId);
// Targets and achievements.
CREATE RANGE INDEX outcome_status IF NOT EXISTS FOR (n:Outcome) ON (n.status);
