// Search by name in Chinese, by toneless pinyin (quanyumeili) or by initials (qyml).
// The cjk analyzer splits Han text into bigrams, so 全域美丽 is found by 全域 or 美丽.
CREATE FULLTEXT INDEX nameSearch IF NOT EXISTS
FOR (n:Slogan|Project|Place|Province|City|District|Street)
ON EACH [n.name, n.aliases, n.pinyin, n.initials]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Filters used by the timeline, re-ingestion and place look-ups.
CREATE RANGE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year);
CREATE RANGE INDEX document_source_key IF NOT EXISTS FOR (n:Document) ON (n.sourceKey);
CREATE RANGE INDEX outcome_year IF NOT EXISTS FOR (n:Outcome) ON (n.year);
CREATE RANGE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE RANGE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);
