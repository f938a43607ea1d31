import { keptApart } from '../corrections/kept-apart';
import { CypherReader } from './reader';

// Slogans, or projects, that are likely one: one name inside the other (全域美丽 in 全域美丽大花园),
// the same reading (same pinyin, or same initials for four or more characters), or one character
// apart. For projects a pair found so also gains the reasons "shared FULFILS targets" and "same body
// and year". Only proposed: merging is a reviewer's correction. Blocking keeps it linear in the
// entities. Projects of the same name under different bodies are different projects by design.
// A pair a reviewer kept apart is not proposed again.

export type MergeKind = 'SLOGAN' | 'PROJECT';

export interface MergeCandidateRow {
  a: string;
  b: string;
  aId: string;
  bId: string;
  reasons: string[];
  documentsA: number;
  documentsB: number;
}

const SLOGANS = `
MATCH (s:Slogan)
RETURN s.id AS id, s.name AS name, s.pinyin AS pinyin, s.initials AS initials, COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents`;

const PROJECTS = `
MATCH (p:Project)
RETURN p.id AS id, p.name AS name, p.pinyin AS pinyin, p.initials AS initials, p.bodyId AS body,
       COUNT { (p)<-[:MENTIONS]-(:Document) } AS documents,
       COLLECT { MATCH (p)-[:FULFILS]->(s:Slogan) RETURN DISTINCT s.id } AS targets,
       COLLECT { MATCH (p)<-[:MENTIONS]-(d:Document) WHERE d.year IS NOT NULL RETURN DISTINCT d.year } AS years`;

interface EntityRow {
  id: string;
  name: string;
  pinyin: string | null;
  initials: string | null;
  documents: number;
  body?: string | null;
  targets?: string[];
  years?: number[];
}

function group<T>(items: T[], key: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

const overlap = <T>(x: T[] = [], y: T[] = []) => x.some((v) => y.includes(v));

export async function mergeCandidates(db: CypherReader, limit: number, kind: MergeKind = 'SLOGAN'): Promise<MergeCandidateRow[]> {
  const entities = (await db.read(kind === 'SLOGAN' ? SLOGANS : PROJECTS)) as unknown as EntityRow[];
  const apart = await keptApart(db, kind === 'SLOGAN' ? 'slogan' : 'project');
  const byName = group(entities, (e) => [e.name]);
  const pairs = new Map<string, { a: EntityRow; b: EntityRow; reasons: Set<string> }>();
  const propose = (x: EntityRow, y: EntityRow, reason: string) => {
    if (x.id === y.id || x.name === y.name || apart(x, y)) return;
    const [a, b] = x.name < y.name ? [x, y] : [y, x];
    const key = `${a.id}\u0000${b.id}`;
    const pair = pairs.get(key) ?? { a, b, reasons: new Set<string>() };
    pair.reasons.add(reason);
    pairs.set(key, pair);
  };
  for (const e of entities) {
    // every substring of three or more characters that is another entity's name
    for (let i = 0; i < e.name.length; i++) {
      for (let j = i + 3; j <= e.name.length && j - i < e.name.length; j++) {
        for (const inner of (byName.get(e.name.slice(i, j)) ?? []).slice(0, 50)) propose(inner, e, 'contains');
      }
    }
  }
  for (const [, same] of group(entities, (e) => (e.pinyin ? [e.pinyin] : []))) for (let k = 1; k < same.length && k < 50; k++) propose(same[0], same[k], 'same pinyin');
  const long = entities.filter((e) => e.name.length >= 4);
  for (const [, same] of group(long, (e) => (e.initials ? [`${e.initials}/${e.name.length}`] : []))) for (let k = 1; k < same.length && k < 50; k++) propose(same[0], same[k], 'same initials');
  // one character apart: names that share a form with one character left out
  for (const [, near] of group(long, (e) => [...e.name].map((_, i) => e.name.slice(0, i) + '·' + e.name.slice(i + 1)))) {
    for (let k = 1; k < near.length && k < 20; k++) propose(near[0], near[k], 'one character apart');
  }
  if (kind === 'PROJECT') {
    for (const { a, b, reasons } of pairs.values()) {
      if (overlap(a.targets, b.targets)) reasons.add('shared FULFILS targets');
      if (a.body && a.body === b.body && overlap(a.years, b.years)) reasons.add('same body and year');
    }
  }
  return [...pairs.values()]
    .map((p) => ({ a: p.a.name, b: p.b.name, aId: p.a.id, bId: p.b.id, reasons: [...p.reasons].sort(), documentsA: p.a.documents, documentsB: p.b.documents }))
    .sort((x, y) => y.reasons.length - x.reasons.length || y.documentsA + y.documentsB - (x.documentsA + x.documentsB) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b) || x.aId.localeCompare(y.aId) || x.bId.localeCompare(y.bId))
    .slice(0, limit);
}
