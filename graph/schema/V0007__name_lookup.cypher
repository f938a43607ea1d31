// Exact lookups by name or alias (trace, a slogan or project named in a question, corrections)
// through indexes instead of a scan of every slogan and project: a range index per name, and the
// aliases (a list) in a full-text index whose keyword analyzer keeps each alias whole as one term.
CREATE RANGE INDEX slogan_name IF NOT EXISTS FOR (n:Slogan) ON (n.name);
CREATE RANGE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE FULLTEXT INDEX aliasLookup IF NOT EXISTS
FOR (n:Slogan|Project)
ON EACH [n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
