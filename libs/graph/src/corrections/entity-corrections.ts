import { canonicalName } from '../ingest/canonical-name';
import type { DocumentRows } from '../ingest/document-rows.types';
import type { EntityRow } from '../ingest/entity-rows';
import { romanize } from '../ingest/romanize';
import { projectNameOf, projectRef } from './correction-target';

// Corrections of what an entity is, applied to one document's rows: merge (and rename, which is a
// merge into a name), split an alias off, reject. Each returns new rows and leaves the input alone.

/** A project named by a correction matches a row by its canonical name under any body, or by its id. */
export const projectMatches = (row: EntityRow, ref: string) => (ref.includes('|') ? row.id === projectRef(ref) : row.name === canonicalName(ref));

export function emptyEntity(id: string, name: string, bodyId: string | null): EntityRow {
  return { id, name, ...romanize(name), starts: [], ends: [], aliases: [], kind: null, origin: null, bodyId };
}

/** The slogan `from` becomes `into`, its name kept among the aliases, its ties and parts moved. */
export function foldSlogan(rows: DocumentRows, fromRef: string, intoRef: string): DocumentRows {
  const from = canonicalName(fromRef);
  const into = canonicalName(intoRef);
  const source = rows.slogans.find((s) => s.id === from);
  if (!source || from === into) return rows;
  const target = rows.slogans.find((s) => s.id === into);
  const merged = target ? mergeRows(target, source) : renamed(source, into, into, source.bodyId);
  const rename = (id: string) => (id === from ? into : id);
  return {
    ...rows,
    slogans: [...rows.slogans.filter((s) => s.id !== from && s.id !== into), merged],
    parts: dedupe(
      rows.parts.map((p) => ({ ...p, whole: rename(p.whole), part: rename(p.part) })).filter((p) => p.whole !== p.part),
      (p) => `${p.whole}>${p.part}`,
    ),
    fulfils: dedupe(
      rows.fulfils.map((f) => ({ ...f, slogan: rename(f.slogan) })),
      (f) => `${f.project}>${f.slogan}`,
    ),
  };
}

/**
 * The project `from` becomes `into`: a name (the same body's project of that name) or an id (that
 * very project). Its ties and outcomes move with it.
 */
export function foldProject(rows: DocumentRows, fromRef: string, intoRef: string): DocumentRows {
  let out = rows;
  for (const source of rows.projects.filter((p) => projectMatches(p, fromRef))) {
    const bar = intoRef.lastIndexOf('|');
    const bodyId = bar >= 0 ? intoRef.slice(0, bar) : source.bodyId;
    const name = projectNameOf(intoRef);
    const id = bar >= 0 ? projectRef(intoRef) : `${bodyId}|${name}`;
    if (id === source.id) continue;
    const target = out.projects.find((p) => p.id === id);
    const merged = target ? mergeRows(target, source) : renamed(source, id, name, bodyId);
    out = rekeyProjects(out, new Map([[source.id, id]]));
    out = { ...out, projects: [...out.projects.filter((p) => p.id !== source.id && p.id !== id), merged] };
  }
  return out;
}

/** Projects given new ids (their ties and outcomes follow); rows of projects themselves are left to the caller. */
export function rekeyProjects(rows: DocumentRows, ids: Map<string, string>): DocumentRows {
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...rows,
    fulfils: dedupe(
      rows.fulfils.map((f) => ({ ...f, project: to(f.project) })),
      (f) => `${f.project}>${f.slogan}`,
    ),
    outcomes: rows.outcomes.map((o) => (o.projectId ? { ...o, projectId: to(o.projectId) } : o)),
  };
}

/**
 * The mentions of `from` whose words are `alias` become an entity of their own again (an alias the
 * extraction resolved); ties stay with `from`. A reviewer's merge of the alias is undone before this.
 */
export function splitAlias(rows: DocumentRows, entity: 'slogan' | 'project', aliasRef: string, fromRef: string): DocumentRows {
  const alias = canonicalName(aliasRef);
  const text = rows.doc.text;
  const isAlias = (surface: string) => canonicalName(surface) === alias;
  let list = entity === 'slogan' ? rows.slogans : rows.projects;
  const sources = list.filter((r) => (entity === 'slogan' ? r.id === canonicalName(fromRef) : projectMatches(r, fromRef)) && r.name !== alias);
  for (const source of sources) {
    const moved = source.starts.map((s, i) => i).filter((i) => isAlias(text.slice(source.starts[i], source.ends[i])));
    const kept = source.starts.map((s, i) => i).filter((i) => !moved.includes(i));
    const left: EntityRow = {
      ...source,
      starts: kept.map((i) => source.starts[i]),
      ends: kept.map((i) => source.ends[i]),
      aliases: source.aliases.filter((a) => !isAlias(a)),
    };
    list = list.map((r) => (r.id === source.id ? left : r));
    if (!moved.length) continue;
    const id = entity === 'slogan' ? alias : `${source.bodyId}|${alias}`;
    const split: EntityRow = {
      ...emptyEntity(id, alias, source.bodyId),
      starts: moved.map((i) => source.starts[i]),
      ends: moved.map((i) => source.ends[i]),
      aliases: source.aliases.filter((a) => isAlias(a) && a !== alias).sort(),
      kind: source.kind,
      origin: source.origin,
    };
    const existing = list.find((r) => r.id === id);
    list = [...list.filter((r) => r.id !== id), existing ? mergeRows(existing, split) : split];
  }
  return entity === 'slogan' ? { ...rows, slogans: list } : { ...rows, projects: list };
}

export function rejectSlogan(rows: DocumentRows, ref: string): DocumentRows {
  const id = canonicalName(ref);
  return {
    ...rows,
    slogans: rows.slogans.filter((s) => s.id !== id),
    parts: rows.parts.filter((p) => p.whole !== id && p.part !== id),
    fulfils: rows.fulfils.filter((f) => f.slogan !== id),
  };
}

export function rejectProject(rows: DocumentRows, ref: string): DocumentRows {
  const gone = new Set(rows.projects.filter((p) => projectMatches(p, ref)).map((p) => p.id));
  return {
    ...rows,
    projects: rows.projects.filter((p) => !gone.has(p.id)),
    fulfils: rows.fulfils.filter((f) => !gone.has(f.project)),
    outcomes: rows.outcomes.map((o) => (o.projectId && gone.has(o.projectId) ? { ...o, projectId: null } : o)),
  };
}

function renamed(source: EntityRow, id: string, name: string, bodyId: string | null): EntityRow {
  return { ...source, id, name, ...romanize(name), bodyId, aliases: [...new Set([...source.aliases, source.name])].filter((a) => a !== name).sort() };
}

export function mergeRows(target: EntityRow, source: EntityRow): EntityRow {
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
    ...((source.confidence ?? -1) > (target.confidence ?? -1) ? { rule: source.rule, confidence: source.confidence } : {}),
  };
}

export function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
