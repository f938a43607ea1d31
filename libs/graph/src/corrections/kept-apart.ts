import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { CypherReader } from '../read/reader';
import { correctionsInForce } from './apply-corrections';
import { projectRef } from './correction-target';

// Pairs a reviewer said are not one (keep-apart): merge candidates leave them out. Only these
// corrections and the reverts among which theirs may be are read, not the whole log.
const KEEP_APART_AND_REVERTS = `
MATCH (c:Correction) WHERE c.kind IN ['keep-apart', 'revert']
RETURN c.payload AS payload ORDER BY c.at, c.id`;

type KeepApart = Extract<Correction, { kind: 'keep-apart' }>;

export interface Entity {
  id: string;
  name: string;
}

/** Whether a reference of a correction (a slogan's name; a project's name or id) names this entity. */
function names(entity: 'slogan' | 'project', ref: string, e: Entity): boolean {
  if (entity === 'slogan') return canonicalName(ref) === e.id;
  const key = projectRef(ref);
  return key.includes('|') ? key === e.id : key === e.name;
}

/** A test of whether two entities of one kind were kept apart, from the corrections in force. */
export async function keptApart(db: CypherReader, entity: 'slogan' | 'project'): Promise<(x: Entity, y: Entity) => boolean> {
  const log = (await db.read(KEEP_APART_AND_REVERTS)).map((r) => JSON.parse(r.payload as string) as Correction);
  const pairs = correctionsInForce(log).filter((c): c is KeepApart => c.kind === 'keep-apart' && c.entity === entity);
  return (x, y) => pairs.some((c) => (names(entity, c.a, x) && names(entity, c.b, y)) || (names(entity, c.a, y) && names(entity, c.b, x)));
}
