import type { DocumentRows } from './document-rows.types';
import type { PartOfRow, PlaceRow } from './place-rows';

// The rows of several new documents as the parameters of one set of batched statements. Every node
// and shared relationship appears once, with the values each document brings listed in document
// order, so the statements fold them in as the documents written one after another would (the first
// document creates, later ones add to sorted lists and keep the highest rank), and no statement
// updates one node from two rows.

type Row = Record<string, unknown>;

export interface BatchParams {
  places: PlaceRow[];
  partOf: PartOfRow[];
  docs: Row[];
  slogans: Row[];
  parts: Row[];
  adopts: Row[];
  projects: Row[];
  runs: Row[];
  outcomes: Row[];
  fulfils: Row[];
}

// Groups rows by key in first-seen order: the first row makes the group, later ones add to it.
class Groups<T> {
  private readonly byKey = new Map<string, T>();
  constructor(private readonly make: () => T) {}
  at(key: string): T {
    let group = this.byKey.get(key);
    if (!group) this.byKey.set(key, (group = this.make()));
    return group;
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
  list(): T[] {
    return [...this.byKey.values()];
  }
}

interface SloganGroup {
  id?: string;
  name?: string;
  pinyin?: string;
  initials?: string;
  aliases: string[];
  origins: (string | null)[];
  kinds: (string | null)[];
  mentions: Row[];
}

interface ProjectGroup {
  id?: string;
  name?: string;
  bodyId?: string | null;
  pinyin?: string;
  initials?: string;
  aliases: string[];
  mentions: Row[];
}

export function batchParams(batch: DocumentRows[]): BatchParams {
  const places = new Map<string, PlaceRow>();
  const partOf = new Map<string, PartOfRow>();
  const slogans = new Groups<SloganGroup>(() => ({ aliases: [], origins: [], kinds: [], mentions: [] }));
  const projects = new Groups<ProjectGroup>(() => ({ aliases: [], mentions: [] }));
  const parts = new Groups<Row & { documents: string[]; reviews: Row[] }>(() => ({ documents: [], reviews: [] }));
  const adopts = new Groups<Row & { documents: string[]; years: (number | null)[] }>(() => ({ documents: [], years: [] }));
  const runs = new Groups<Row & { years: (number | null)[] }>(() => ({ years: [] }));
  const docs: Row[] = [];
  const outcomes: Row[] = [];
  const fulfils: Row[] = [];
  for (const rows of batch) {
    const docId = rows.doc.id;
    const year = rows.doc.year;
    for (const p of rows.places) if (!places.has(p.id)) places.set(p.id, p);
    for (const r of rows.partOf) if (!partOf.has(`${r.child}>${r.parent}`)) partOf.set(`${r.child}>${r.parent}`, r);
    docs.push({ doc: rows.doc, subjectId: rows.subjectId, placeMentions: rows.placeMentions });
    for (const s of rows.slogans) {
      const group = slogans.at(s.id);
      if (group.id === undefined) Object.assign(group, { id: s.id, name: s.name, pinyin: s.pinyin, initials: s.initials });
      group.aliases.push(...s.aliases);
      group.origins.push(s.origin);
      group.kinds.push(s.kind);
      group.mentions.push({ docId, starts: s.starts, ends: s.ends, pages: s.pages, aliases: s.aliases, kind: s.kind, origin: s.origin, adopts: s.adopts, rule: s.rule, confidence: s.confidence });
      if (rows.subjectId !== null && s.adopts == null) {
        const adopt = adopts.at(`${rows.subjectId}>${s.id}`);
        Object.assign(adopt, { place: rows.subjectId, slogan: s.id });
        adopt.documents.push(docId);
        adopt.years.push(year);
      }
    }
    for (const r of rows.parts) {
      const key = `${r.whole}>${r.part}`;
      const part = parts.at(key);
      if (part.whole === undefined) Object.assign(part, { whole: r.whole, part: r.part, order: r.order });
      part.documents.push(docId);
      if (r.start != null) part.reviews.push({ doc: docId, start: r.start, end: r.end });
    }
    for (const p of rows.projects) {
      const group = projects.at(p.id);
      if (group.id === undefined) Object.assign(group, { id: p.id, name: p.name, bodyId: p.bodyId, pinyin: p.pinyin, initials: p.initials });
      group.aliases.push(...p.aliases);
      group.mentions.push({ docId, starts: p.starts, ends: p.ends, pages: p.pages, aliases: p.aliases, rule: p.rule, confidence: p.confidence });
      if (rows.subjectId !== null) {
        const run = runs.at(`${rows.subjectId}>${p.id}`);
        Object.assign(run, { body: rows.subjectId, project: p.id });
        run.years.push(year);
      }
    }
    for (const o of rows.outcomes) outcomes.push({ ...o, docId });
    for (const f of rows.fulfils) fulfils.push({ ...f, docId });
  }
  return {
    places: [...places.values()],
    partOf: [...partOf.values()],
    docs,
    slogans: slogans.list() as unknown as Row[],
    parts: parts.list(),
    adopts: adopts.list(),
    projects: projects.list() as unknown as Row[],
    runs: runs.list(),
    outcomes,
    fulfils,
  };
}

// The ids a document's rows create (its places, slogans and projects) and those they only point at.
function idsOf(rows: DocumentRows): { defines: Set<string>; refers: Set<string> } {
  const defines = new Set<string>([
    ...rows.places.map((p) => `place:${p.id}`),
    ...rows.slogans.map((s) => `slogan:${s.id}`),
    ...rows.projects.map((p) => `project:${p.id}`),
  ]);
  const refers = new Set<string>();
  const refer = (key: string) => defines.has(key) || refers.add(key);
  if (rows.subjectId !== null) refer(`place:${rows.subjectId}`);
  for (const m of rows.placeMentions) refer(`place:${m.id}`);
  for (const r of rows.partOf) [r.child, r.parent].forEach((id) => refer(`place:${id}`));
  for (const r of rows.parts) [r.whole, r.part].forEach((id) => refer(`slogan:${id}`));
  for (const o of rows.outcomes) if (o.projectId !== null) refer(`project:${o.projectId}`);
  for (const f of rows.fulfils) [`project:${f.project}`, `slogan:${f.slogan}`].forEach(refer);
  return { defines, refers };
}

/**
 * Splits documents, in order, where written together they would differ from written one after
 * another: a document that points at a node it does not make itself finds it only when an earlier
 * document made it (or it was there), never when a later one does. So a document that makes a node
 * an earlier one of the same group pointed at without making starts the next group.
 */
export function independentGroups(batch: DocumentRows[]): DocumentRows[][] {
  const groups: DocumentRows[][] = [];
  let group: DocumentRows[] = [];
  let defined = new Set<string>();
  let dangling = new Set<string>();
  for (const rows of batch) {
    const { defines, refers } = idsOf(rows);
    if (group.length && [...defines].some((id) => dangling.has(id))) {
      groups.push(group);
      group = [];
      defined = new Set();
      dangling = new Set();
    }
    group.push(rows);
    for (const id of refers) if (!defined.has(id)) dangling.add(id);
    for (const id of defines) defined.add(id);
  }
  if (group.length) groups.push(group);
  return groups;
}
