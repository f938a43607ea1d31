import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { CypherReader } from '../read/reader';
import { outcomeIdOf, projectNameOf, projectRef } from './correction-target';

// A correction whose target is no longer in the graph is orphaned: kept (a document may come back,
// another instance may have it) and reported, never dropped. What "no longer there" means depends
// on the kind: what a rejection removed is gone by design, so a rejection is orphaned when no
// document's text names its entity any more; what an acceptance, a merge or an addition needs must
// still be there.

type Check =
  | { type: 'named'; a: string }
  | { type: 'slogan'; a: string }
  | { type: 'project'; a: string }
  | { type: 'document'; a: string }
  | { type: 'outcome'; a: string }
  | { type: 'place'; a: string }
  | { type: 'fulfils'; a: string; b: string }
  | { type: 'part'; a: string; b: string };

const CHECKS = `
UNWIND $checks AS c
WITH c, CASE c.type
  WHEN 'named' THEN EXISTS { MATCH (d:Document) WHERE d.text CONTAINS c.a }
  WHEN 'slogan' THEN EXISTS { MATCH (:Slogan {id: c.a}) }
  WHEN 'project' THEN EXISTS { MATCH (p:Project) WHERE p.name = c.a OR p.id = c.a }
  WHEN 'document' THEN EXISTS { MATCH (:Document {id: c.a}) }
  WHEN 'outcome' THEN EXISTS { MATCH (:Outcome {id: c.a}) }
  WHEN 'place' THEN EXISTS { MATCH (:Place {id: c.a}) }
  WHEN 'fulfils' THEN EXISTS { MATCH (p:Project)-[:FULFILS]->(:Slogan {id: c.b}) WHERE p.name = c.a }
  WHEN 'part' THEN EXISTS { MATCH (:Slogan {id: c.a})-[:HAS_PART]->(:Slogan {id: c.b}) }
END AS present
WITH c.id AS id, present WHERE NOT present
RETURN DISTINCT id`;

const slogan = (name: string) => canonicalName(name);

/** What must be in the graph for a correction not to be orphaned. */
export function checksOf(c: Correction): Check[] {
  switch (c.kind) {
    case 'reject-fulfils':
      return [
        { type: 'named', a: projectNameOf(c.project) },
        { type: 'named', a: slogan(c.slogan) },
      ];
    case 'accept-fulfils':
      return [{ type: 'fulfils', a: projectNameOf(c.project), b: slogan(c.slogan) }];
    case 'reject-slogan':
      return [{ type: 'named', a: slogan(c.slogan) }];
    case 'reject-project':
      return [{ type: 'named', a: projectNameOf(c.project) }];
    case 'accept-slogan':
      return [{ type: 'slogan', a: slogan(c.slogan) }];
    case 'accept-project':
      return [{ type: 'project', a: projectNameOf(c.project) }];
    case 'merge-slogans':
      return [{ type: 'named', a: slogan(c.from) }, { type: 'slogan', a: slogan(c.into) }];
    case 'merge-projects':
      return [{ type: 'named', a: projectNameOf(c.from) }, { type: 'project', a: c.into.includes('|') ? c.into : projectNameOf(c.into) }];
    case 'rename':
      return c.entity === 'slogan' ? [{ type: 'slogan', a: slogan(c.to) }] : [{ type: 'project', a: projectNameOf(c.to) }];
    case 'split':
      return [{ type: 'named', a: c.entity === 'slogan' ? slogan(c.alias) : projectNameOf(c.alias) }];
    case 'keep-apart':
      return [c.a, c.b].map((ref) => (c.entity === 'slogan' ? { type: 'slogan', a: slogan(ref) } : { type: 'project', a: projectRef(ref) }));
    case 'accept-variant':
    case 'reject-variant':
      return [{ type: 'slogan', a: slogan(c.variant) }, { type: 'slogan', a: slogan(c.of) }];
    case 'reject-part':
      return [
        { type: 'named', a: slogan(c.programme) },
        { type: 'named', a: slogan(c.part) },
      ];
    case 'accept-part':
      return [{ type: 'part', a: slogan(c.programme), b: slogan(c.part) }];
    case 'add-part':
    case 'add-fulfils':
    case 'reject-outcome':
    case 'set-document':
      return [{ type: 'document', a: c.document }];
    case 'set-outcome':
      return [{ type: 'outcome', a: outcomeIdOf(c) }];
    case 'reject-adopts':
      return [
        { type: 'place', a: c.body },
        { type: 'slogan', a: slogan(c.slogan) },
      ];
    case 'revert':
      return [];
  }
}

/** The ids of the corrections of `log` that are orphaned. */
export async function orphanedCorrections(db: CypherReader, log: Correction[]): Promise<Set<string>> {
  const checks = log.flatMap((c) => checksOf(c).map((check) => ({ id: c.id, b: null, ...check })));
  if (!checks.length) return new Set();
  const rows = await db.read(CHECKS, { checks });
  return new Set(rows.map((r) => r.id as string));
}
