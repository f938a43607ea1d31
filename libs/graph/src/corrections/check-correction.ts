import type { CorrectionInput } from '@policy-graph/model';
import type { ManagedTransaction } from 'neo4j-driver';
import { GraphError } from '../errors/graph-error';
import { canonicalName } from '../ingest/canonical-name';
import { outcomeIdOf, projectRef } from './correction-target';

// What a new correction names must be in the graph when it is recorded: the document of an
// evidence span (and the span inside its text), the place of a subject or a body, the two
// entities kept apart. A place may be named by id or by name; the correction keeps its id, as
// the graph keys places.
// (An imported log is not checked: its documents may arrive later.)

const DOCUMENT = `MATCH (d:Document {id: $id}) RETURN size(d.text) AS length`;
const ENTITY = `
RETURN CASE $entity
  WHEN 'slogan' THEN EXISTS { MATCH (:Slogan {id: $ref}) }
  ELSE EXISTS { MATCH (p:Project) WHERE p.id = $ref OR p.name = $ref }
END AS found`;
const PLACES = `MATCH (p:Place) WHERE p.id = $ref OR p.name = $ref RETURN p.id AS id ORDER BY id LIMIT 6`;

const bad = (message: string) => new GraphError('BAD_CORRECTION', message);

async function documentLength(tx: ManagedTransaction, id: string): Promise<number> {
  const found = await tx.run(DOCUMENT, { id });
  if (!found.records.length) throw bad(`document: ${id} is not in the graph`);
  return Number(found.records[0].get('length'));
}

async function placeId(tx: ManagedTransaction, ref: string, field: string): Promise<string> {
  const ids = (await tx.run(PLACES, { ref })).records.map((r) => r.get('id') as string);
  if (ids.includes(ref)) return ref;
  if (!ids.length) throw bad(`${field}: no place has the id or name ${ref}`);
  if (ids.length > 1) throw bad(`${field}: ${ref} names several places (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}): give its id`);
  return ids[0];
}

async function entityExists(tx: ManagedTransaction, entity: 'slogan' | 'project', ref: string, field: string): Promise<void> {
  const key = entity === 'slogan' ? canonicalName(ref) : projectRef(ref);
  const found = await tx.run(ENTITY, { entity, ref: key });
  if (!found.records[0].get('found')) throw bad(`${field}: no ${entity} is named ${ref}`);
}

/** The correction as it will be recorded (places by id), or a BAD_CORRECTION naming what is wrong. */
export async function checkCorrection(tx: ManagedTransaction, c: CorrectionInput): Promise<CorrectionInput> {
  switch (c.kind) {
    case 'add-part':
    case 'add-fulfils': {
      const length = await documentLength(tx, c.document);
      if (c.end > length) throw bad(`end: the evidence span ${c.start}–${c.end} lies outside document ${c.document} (${length} characters)`);
      return c;
    }
    case 'reject-outcome':
    case 'set-outcome': {
      await documentLength(tx, c.document);
      if (!outcomeIdOf(c).startsWith(`${c.document}:`)) throw bad(`outcome: ${c.outcome} is not an outcome of document ${c.document}`);
      return c;
    }
    case 'set-document': {
      await documentLength(tx, c.document);
      return c.subject === undefined ? c : { ...c, subject: await placeId(tx, c.subject, 'subject') };
    }
    case 'reject-adopts':
      return { ...c, body: await placeId(tx, c.body, 'body') };
    case 'keep-apart':
      await entityExists(tx, c.entity, c.a, 'a');
      await entityExists(tx, c.entity, c.b, 'b');
      return c;
    case 'accept-variant':
    case 'reject-variant':
      await entityExists(tx, 'slogan', c.variant, 'variant');
      await entityExists(tx, 'slogan', c.of, 'of');
      return c;
    default:
      return c;
  }
}
