import type { Correction } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';
import type { DocumentRows } from '../ingest/document-rows.types';
import type { EntityRow } from '../ingest/entity-rows';
import { romanize } from '../ingest/romanize';

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

/** A project named by a correction matches a row by its canonical name, under any body. */
const projectMatches = (row: EntityRow, name: string) => row.name === canonicalName(name) || row.id === name;

/** Of corrections deciding the same FULFILS tie (accept, reject), the later one in the log wins. */
function latestDecisions(corrections: Correction[]): Correction[] {
  const last = new Map<string, Correction>();
  for (const c of corrections) if (c.kind === 'accept-fulfils' || c.kind === 'reject-fulfils') last.set(`${canonicalName(c.project)}→${canonicalName(c.slogan)}`, c);
  const winners = new Set(last.values());
  return corrections.filter((c) => (c.kind !== 'accept-fulfils' && c.kind !== 'reject-fulfils') || winners.has(c));
}

export function applyCorrections(rows: DocumentRows, inForce: Correction[]): DocumentRows {
  if (!inForce.length) return rows;
  const corrections = latestDecisions(inForce);
  let { slogans, parts, projects, outcomes, fulfils } = rows;
  for (const c of corrections) {
    switch (c.kind) {
      case 'merge-slogans': {
        const from = canonicalName(c.from);
        const into = canonicalName(c.into);
        const source = slogans.find((s) => s.id === from);
        if (!source) break;
        const target = slogans.find((s) => s.id === into);
        const merged: EntityRow = target
          ? mergeRows(target, source)
          : { ...source, id: into, name: into, ...romanize(into), aliases: [...new Set([...source.aliases, source.name])].filter((a) => a !== into).sort() };
        slogans = [...slogans.filter((s) => s.id !== from && s.id !== into), merged];
        const rename = (id: string) => (id === from ? into : id);
        parts = dedupe(
          parts.map((p) => ({ ...p, whole: rename(p.whole), part: rename(p.part) })).filter((p) => p.whole !== p.part),
          (p) => `${p.whole}>${p.part}`,
        );
        fulfils = dedupe(
          fulfils.map((f) => ({ ...f, slogan: rename(f.slogan) })),
          (f) => `${f.project}>${f.slogan}`,
        );
        break;
      }
      case 'reject-slogan': {
        const id = canonicalName(c.slogan);
        slogans = slogans.filter((s) => s.id !== id);
        parts = parts.filter((p) => p.whole !== id && p.part !== id);
        fulfils = fulfils.filter((f) => f.slogan !== id);
        break;
      }
      case 'reject-project': {
        const gone = new Set(projects.filter((p) => projectMatches(p, c.project)).map((p) => p.id));
        projects = projects.filter((p) => !gone.has(p.id));
        fulfils = fulfils.filter((f) => !gone.has(f.project));
        outcomes = outcomes.map((o) => (o.projectId && gone.has(o.projectId) ? { ...o, projectId: null } : o));
        break;
      }
      case 'reject-fulfils': {
        const slogan = canonicalName(c.slogan);
        const gone = new Set(projects.filter((p) => projectMatches(p, c.project)).map((p) => p.id));
        fulfils = fulfils.filter((f) => !(f.slogan === slogan && gone.has(f.project)));
        break;
      }
    }
  }
  return { ...rows, slogans, parts, projects, outcomes, fulfils };
}

function mergeRows(target: EntityRow, source: EntityRow): EntityRow {
  const spans = new Map<string, [number, number]>();
  for (const r of [target, source]) r.starts.forEach((s, i) => spans.set(`${s}:${r.ends[i]}`, [s, r.ends[i]]));
  const sorted = [...spans.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    ...target,
    starts: sorted.map((s) => s[0]),
    ends: sorted.map((s) => s[1]),
    aliases: [...new Set([...target.aliases, ...source.aliases, source.name])].filter((a) => a !== target.name).sort(),
    kind: target.kind ?? source.kind,
    origin: target.origin ?? source.origin,
  };
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
