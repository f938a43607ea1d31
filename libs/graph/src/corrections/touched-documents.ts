import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { CorrectionTransactions } from './correction-log';
import { projectNameOf } from './correction-target';

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
  UNION
  MATCH (d:Document) WHERE d.id IN $documents
  RETURN d.id AS id
}
RETURN DISTINCT id ORDER BY id`;
const PAYLOAD = `MATCH (c:Correction {id: $id}) RETURN c.payload AS payload`;

interface Subjects {
  slogans: string[];
  projects: string[];
  documents: string[];
}

const about = (s: Partial<Subjects>): Subjects => ({ slogans: s.slogans ?? [], projects: s.projects ?? [], documents: s.documents ?? [] });
const named = (entity: 'slogan' | 'project', names: string[]) =>
  about(entity === 'slogan' ? { slogans: names.map((n) => canonicalName(n)) } : { projects: names.map(projectNameOf) });

async function subjectsOf(runner: CorrectionTransactions, c: Correction): Promise<Subjects> {
  switch (c.kind) {
    case 'reject-fulfils':
    case 'accept-fulfils':
      // an acceptance after a rejection of the same tie brings it back
      return about({ projects: [projectNameOf(c.project)] });
    case 'reject-slogan':
    case 'accept-slogan':
      return about({ slogans: [canonicalName(c.slogan)] });
    case 'reject-project':
    case 'accept-project':
      return about({ projects: [projectNameOf(c.project)] });
    case 'merge-slogans':
      return named('slogan', [c.from, c.into]);
    case 'merge-projects':
      return named('project', [c.from, c.into]);
    case 'rename':
      return named(c.entity, [c.name, c.to]);
    case 'split':
      return named(c.entity, [c.alias, c.from]);
    case 'accept-variant':
    case 'reject-variant':
    case 'keep-apart':
      // it changes no document, only which pairs are proposed for a merge
      return about({});
    case 'reject-part':
    case 'accept-part':
      return about({ slogans: [canonicalName(c.programme), canonicalName(c.part)] });
    case 'reject-adopts':
      return about({ slogans: [canonicalName(c.slogan)] });
    case 'add-part':
    case 'add-fulfils':
    case 'reject-outcome':
    case 'set-outcome':
    case 'set-document':
      return about({ documents: [c.document] });
    case 'revert': {
      const rows = await runner.executeRead((tx) => tx.run(PAYLOAD, { id: c.correction }));
      return rows.records.length ? subjectsOf(runner, JSON.parse(rows.records[0].get('payload')) as Correction) : about({});
    }
  }
}

export async function documentsTouchedBy(runner: CorrectionTransactions, c: Correction): Promise<string[]> {
  const subjects = await subjectsOf(runner, c);
  const result = await runner.executeRead((tx) => tx.run(MENTIONING, { ...subjects }));
  return result.records.map((r) => r.get('id') as string);
}
