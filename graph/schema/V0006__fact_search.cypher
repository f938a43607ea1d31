// Search finds reported numbers by their clause or metric (垃圾减量, 7000吨) and documents by title;
// two indexes, so a document's whole text (also `text`) is not indexed with the outcomes' clauses.
CREATE FULLTEXT INDEX outcomeSearch IF NOT EXISTS
FOR (n:Outcome)
ON EACH [n.text, n.metric]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX documentTitleSearch IF NOT EXISTS
FOR (n:Document)
ON EACH [n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
