import { createHash } from 'node:crypto';
import { CorrectionInputSchema, CorrectionSchema, type Correction, type CorrectionInput } from '@policy-graph/model';
import type { ManagedTransaction } from 'neo4j-driver';
import { canonicalName } from '../ingest/canonical-name';
import { GraphError } from '../errors/graph-error';
import { checkCorrection } from './check-correction';
import { otherTargetsOf, projectRef, targetOf } from './correction-target';

export { targetOf } from './correction-target';

// The corrections log in the graph: one (:Correction) node per correction, never deleted; a
// revert is a correction of its own. The fields every kind shares are properties; the rest of
// the correction is kept whole in `payload`, so the log can be exported and read back as it was.

export interface CorrectionTransactions {
  executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

const CREATE = `
CREATE (c:Correction {id: $id, kind: $kind, target: $target, otherTargets: $otherTargets, payload: $payload,
                      reason: $reason, author: $author, at: $at, status: 'active'})`;
const EXISTS = `MATCH (c:Correction {id: $id}) RETURN c.payload AS payload`;
const SET_STATUS = `MATCH (c:Correction {id: $id}) SET c.status = $status`;
const LOG = `MATCH (c:Correction) RETURN c.payload AS payload ORDER BY c.at, c.id`;
// a rejected tie leaves the graph at once; other corrections reach a document when it is written
const DELETE_FULFILS = `
MATCH (p:Project)-[f:FULFILS]->(s:Slogan {id: $slogan}) WHERE p.name = $project OR p.id = $project
DELETE f RETURN count(f) AS removed`;

/** A correction's id: the same content at the same time from the same author is the same correction. */
function idOf(c: CorrectionInput, at: string): string {
  return 'c-' + createHash('sha256').update(JSON.stringify([c, at])).digest('hex').slice(0, 20);
}

export function parseCorrectionInput(raw: unknown): CorrectionInput {
  const parsed = CorrectionInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GraphError('BAD_CORRECTION', `${issue.path.join('.') || 'correction'}: ${issue.message}`);
  }
  return parsed.data;
}

async function create(tx: ManagedTransaction, c: Correction): Promise<void> {
  const { reason, author, at, id, kind } = c;
  await tx.run(CREATE, { id, kind, target: targetOf(c), otherTargets: otherTargetsOf(c), payload: JSON.stringify(c), reason, author, at });
  if (c.kind === 'revert') {
    const target = await tx.run(EXISTS, { id: c.correction });
    if (!target.records.length) throw new GraphError('BAD_CORRECTION', `correction ${c.correction} does not exist`);
    const reverted = JSON.parse(target.records[0].get('payload')) as Correction;
    // reverting a revert puts its target back in force
    await tx.run(SET_STATUS, { id: c.correction, status: 'reverted' });
    if (reverted.kind === 'revert') await tx.run(SET_STATUS, { id: reverted.correction, status: 'active' });
  }
  if (c.kind === 'reject-fulfils') await tx.run(DELETE_FULFILS, { project: projectRef(c.project), slogan: canonicalName(c.slogan) });
}

/** Records one correction and applies what can be applied at once; returns it with its id and time. */
export async function recordCorrection(runner: CorrectionTransactions, raw: unknown, at = new Date().toISOString()): Promise<Correction> {
  const parsed = parseCorrectionInput(raw);
  // checked and recorded in one transaction: a correction that names what is not there writes nothing
  return runner.executeWrite(async (tx) => {
    const input = await checkCorrection(tx, parsed);
    const correction = CorrectionSchema.parse({ ...input, id: idOf(input, at), at });
    await create(tx, correction);
    return correction;
  });
}

/** Reads back a log exported elsewhere: corrections already here (same id) are left as they are. */
export async function importCorrections(runner: CorrectionTransactions, log: unknown[]): Promise<{ added: number; known: number }> {
  const corrections = log.map((raw, i) => {
    const parsed = CorrectionSchema.safeParse(raw);
    if (!parsed.success) throw new GraphError('BAD_CORRECTION', `line ${i + 1}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
    return parsed.data;
  });
  return runner.executeWrite(async (tx) => {
    let added = 0;
    for (const c of corrections) {
      if ((await tx.run(EXISTS, { id: c.id })).records.length) continue;
      await create(tx, c);
      added++;
    }
    return { added, known: corrections.length - added };
  });
}

/** The whole log, oldest first. */
export async function readCorrectionLog(tx: ManagedTransaction): Promise<Correction[]> {
  const result = await tx.run(LOG);
  return result.records.map((r) => JSON.parse(r.get('payload')) as Correction);
}

export function correctionLog(runner: CorrectionTransactions): Promise<Correction[]> {
  return runner.executeRead(readCorrectionLog);
}
