import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { DocumentRows } from '../ingest/document-rows.types';
import { projectNameOf, targetOf } from './correction-target';
import { foldProject, foldSlogan, rejectProject, rejectSlogan, splitAlias } from './entity-corrections';
import { addFulfils, addPart, rejectAdopts, rejectFulfils, rejectOutcome, rejectPart, setDocument, setOutcome } from './fact-corrections';

// Corrections applied to one document's rows before they are written: the graph is always
// "extraction + corrections", whatever order documents and corrections arrive in.

/** The corrections in force: those not undone by a revert that is itself in force. */
export function correctionsInForce(log: Correction[]): Correction[] {
  const byId = new Map(log.map((c) => [c.id, c]));
  const revertsOf = new Map<string, Correction[]>();
  for (const c of log) if (c.kind === 'revert') revertsOf.set(c.correction, [...(revertsOf.get(c.correction) ?? []), c]);
  const memo = new Map<string, boolean>();
  const inForce = (c: Correction, depth = 0): boolean => {
    if (depth > log.length) return true;
    const known = memo.get(c.id);
    if (known !== undefined) return known;
    const undone = (revertsOf.get(c.id) ?? []).some((r) => inForce(r, depth + 1));
    memo.set(c.id, !undone);
    return !undone;
  };
  return log.filter((c) => c.kind !== 'revert' && byId.has(c.id) && inForce(c));
}

const DECISIONS = new Set(['accept-fulfils', 'reject-fulfils', 'accept-part', 'reject-part', 'accept-slogan', 'reject-slogan', 'accept-project', 'reject-project', 'accept-variant', 'reject-variant']);

/** Of corrections deciding the same fact (accept, reject), the later one in the log wins. */
function latestDecisions(corrections: Correction[]): Correction[] {
  const last = new Map<string, Correction>();
  for (const c of corrections) if (DECISIONS.has(c.kind)) last.set(targetOf(c), c);
  const winners = new Set(last.values());
  return corrections.filter((c) => !DECISIONS.has(c.kind) || winners.has(c));
}

const isFold = (c: Correction, entity: 'slogan' | 'project', alias: string): boolean => {
  const key = entity === 'slogan' ? canonicalName(alias) : projectNameOf(alias);
  if (c.kind === 'rename') return c.entity === entity && (entity === 'slogan' ? canonicalName(c.name) : projectNameOf(c.name)) === key;
  if (c.kind === 'merge-slogans') return entity === 'slogan' && canonicalName(c.from) === key;
  if (c.kind === 'merge-projects') return entity === 'project' && projectNameOf(c.from) === key;
  return false;
};

/** A split undoes the earlier merges and renames of its alias, so the alias comes back as the extraction had it. */
function withoutSplitFolds(corrections: Correction[]): Correction[] {
  const out: Correction[] = [];
  for (const c of corrections) {
    if (c.kind === 'split') for (let i = out.length - 1; i >= 0; i--) if (isFold(out[i], c.entity, c.alias)) out.splice(i, 1);
    out.push(c);
  }
  return out;
}

function applyOne(rows: DocumentRows, c: Correction): DocumentRows {
  switch (c.kind) {
    case 'merge-slogans':
      return foldSlogan(rows, c.from, c.into);
    case 'merge-projects':
      return foldProject(rows, c.from, c.into);
    case 'rename':
      return c.entity === 'slogan' ? foldSlogan(rows, c.name, c.to) : foldProject(rows, c.name, c.to);
    case 'split':
      return splitAlias(rows, c.entity, c.alias, c.from);
    case 'reject-slogan':
      return rejectSlogan(rows, c.slogan);
    case 'reject-project':
      return rejectProject(rows, c.project);
    case 'reject-fulfils':
      return rejectFulfils(rows, c.project, c.slogan);
    case 'add-fulfils':
      return addFulfils(rows, c);
    case 'reject-part':
      return rejectPart(rows, c.programme, c.part);
    case 'add-part':
      return addPart(rows, c);
    case 'reject-adopts':
      return rejectAdopts(rows, c.body, c.slogan);
    case 'reject-outcome':
      return rejectOutcome(rows, c);
    case 'set-outcome':
      return setOutcome(rows, c);
    case 'set-document':
      return setDocument(rows, c);
    // acceptances change nothing: they take a fact off its queue and outweigh an earlier rejection
    default:
      return rows;
  }
}

/** The corrections in force, of decisions on one fact only the latest. */
export const decisionsInForce = (log: Correction[]): Correction[] => latestDecisions(correctionsInForce(log));

export function applyCorrections(rows: DocumentRows, inForce: Correction[]): DocumentRows {
  if (!inForce.length) return rows;
  const corrections = withoutSplitFolds(latestDecisions(inForce));
  // a document's own record first: its subject decides the ids of its projects and what it adopts
  const ordered = [...corrections.filter((c) => c.kind === 'set-document'), ...corrections.filter((c) => c.kind !== 'set-document')];
  return ordered.reduce(applyOne, rows);
}
