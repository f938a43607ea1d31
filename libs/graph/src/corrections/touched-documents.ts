import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { CorrectionTransactions } from './correction-log';

// The documents a correction changes: those that mention what it is about, or whose text names it
// (a rejected slogan is no longer mentioned, yet its revert must reach the documents that name it).
// Writing them again from their stored text gives the correction effect at once, and a revert
// gives back exactly what there was.
const MENTIONING = `
CALL {
  MATCH (d:Document)-[:MENTIONS]->(n)
  WHERE (n:Slogan AND n.id IN $slogans) OR (n:Project AND n.name IN $projects)
  RETURN d.id AS id
  UNION
  MATCH (d:Document) WHERE any(name IN $slogans + $projects WHERE d.text CONTAINS name)
  RETURN d.id AS id
}
RETURN DISTINCT id ORDER BY id`;
const PAYLOAD = `MATCH (c:Correction {id: $id}) RETURN c.payload AS payload`;

async function subjectsOf(runner: CorrectionTransactions, c: Correction): Promise<{ slogans: string[]; projects: string[] }> {
  switch (c.kind) {
    case 'reject-fulfils':
    case 'accept-fulfils':
      // an acceptance after a rejection of the same tie brings it back
      return { slogans: [], projects: [canonicalName(c.project)] };
    case 'reject-slogan':
      return { slogans: [canonicalName(c.slogan)], projects: [] };
    case 'reject-project':
      return { slogans: [], projects: [canonicalName(c.project)] };
    case 'merge-slogans':
      return { slogans: [canonicalName(c.from), canonicalName(c.into)], projects: [] };
    case 'revert': {
      const rows = await runner.executeRead((tx) => tx.run(PAYLOAD, { id: c.correction }));
      return rows.records.length ? subjectsOf(runner, JSON.parse(rows.records[0].get('payload')) as Correction) : { slogans: [], projects: [] };
    }
  }
}

export async function documentsTouchedBy(runner: CorrectionTransactions, c: Correction): Promise<string[]> {
  const { slogans, projects } = await subjectsOf(runner, c);
  const result = await runner.executeRead((tx) => tx.run(MENTIONING, { slogans, projects }));
  return result.records.map((r) => r.get('id') as string);
}
