import { CypherReader } from './reader';

// Slogans that are likely one: one name inside the other (全域美丽 in 全域美丽大花园), the same
// reading (same pinyin, or same initials for four or more characters), or one character apart.
// Only proposed: merging is a reviewer's correction. Blocking keeps it linear in the slogans.

export interface MergeCandidateRow {
  a: string;
  b: string;
  reasons: string[];
  documentsA: number;
  documentsB: number;
}

const SLOGANS = `
MATCH (s:Slogan)
RETURN s.id AS id, s.name AS name, s.pinyin AS pinyin, s.initials AS initials, COUNT { (s)<-[:MENTIONS]-(:Document) } AS documents`;

interface SloganRow {
  id: string;
  name: string;
  pinyin: string | null;
  initials: string | null;
  documents: number;
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

export async function mergeCandidates(db: CypherReader, limit: number): Promise<MergeCandidateRow[]> {
  const slogans = (await db.read(SLOGANS)) as unknown as SloganRow[];
  const byName = new Map(slogans.map((s) => [s.name, s]));
  const pairs = new Map<string, { a: SloganRow; b: SloganRow; reasons: Set<string> }>();
  const propose = (x: SloganRow, y: SloganRow, reason: string) => {
    if (x.id === y.id) return;
    const [a, b] = x.name < y.name ? [x, y] : [y, x];
    const key = `${a.id}\u0000${b.id}`;
    const pair = pairs.get(key) ?? { a, b, reasons: new Set<string>() };
    pair.reasons.add(reason);
    pairs.set(key, pair);
  };
  for (const s of slogans) {
    // every substring of three or more characters that is another slogan's name
    for (let i = 0; i < s.name.length; i++) {
      for (let j = i + 3; j <= s.name.length && j - i < s.name.length; j++) {
        const inner = byName.get(s.name.slice(i, j));
        if (inner) propose(inner, s, 'contains');
      }
    }
  }
  for (const [, same] of group(slogans, (s) => (s.pinyin ? [s.pinyin] : []))) for (let k = 1; k < same.length && k < 50; k++) propose(same[0], same[k], 'same pinyin');
  const long = slogans.filter((s) => s.name.length >= 4);
  for (const [, same] of group(long, (s) => (s.initials ? [`${s.initials}/${s.name.length}`] : []))) for (let k = 1; k < same.length && k < 50; k++) propose(same[0], same[k], 'same initials');
  // one character apart: names that share a form with one character left out
  for (const [, near] of group(long, (s) => [...s.name].map((_, i) => s.name.slice(0, i) + '·' + s.name.slice(i + 1)))) {
    for (let k = 1; k < near.length && k < 20; k++) propose(near[0], near[k], 'one character apart');
  }
  return [...pairs.values()]
    .map((p) => ({ a: p.a.name, b: p.b.name, reasons: [...p.reasons].sort(), documentsA: p.a.documents, documentsB: p.b.documents }))
    .sort((x, y) => y.reasons.length - x.reasons.length || y.documentsA + y.documentsB - (x.documentsA + x.documentsB) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, limit);
}
