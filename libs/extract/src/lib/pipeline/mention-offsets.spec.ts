import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Extraction } from '@policy-graph/model';
import { ExtractionSchema } from '@policy-graph/model';
import { parseChineseNumeral } from '../outcomes/numerals';
import { extractDocument } from './extract-document';

const SEEDS = path.resolve(__dirname, '../../../../../seeds');
const CORPUS = path.resolve(__dirname, '../../../../../../shared/corpus/gov-work-reports.tar.xz');

/** An unpacked copy of the shared corpus: POLICY_GRAPH_CORPUS_DIR, else one unpacked once into the temp folder. */
function corpusDir(): string | null {
  const given = process.env['POLICY_GRAPH_CORPUS_DIR'];
  if (given) return existsSync(given) ? given : null;
  const dir = path.join(os.tmpdir(), 'policy-graph-corpus');
  if (existsSync(path.join(dir, '政府工作报告-主要城市'))) return dir;
  if (!existsSync(CORPUS)) return null;
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xJf', CORPUS, '-C', dir, '政府工作报告-主要城市']);
  return dir;
}

const UNPACKED = corpusDir();

/** Every mention must name text that is the entity's name or one of its surface forms. */
function badMentions(x: Extraction): string[] {
  const text = x.document.text;
  const bad: string[] = [];
  const plain = (s: string) => s.replace(/[\s*“”"]/g, '');
  for (const item of [...x.slogans, ...x.projects]) {
    const forms = new Set([item.name, ...item.aliases].map(plain));
    for (const m of item.mentions) {
      const surface = plain(text.slice(m.start, m.end));
      if (!forms.has(surface)) bad.push(`${item.name}: "${text.slice(m.start, m.end)}"`);
    }
  }
  for (const p of x.places ?? []) for (const m of p.mentions) if (text.slice(m.start, m.end) !== p.name) bad.push(p.name);
  for (const o of x.outcomes) {
    const s = text.slice(o.mentions[0].start, o.mentions[0].end);
    const digits = /^[\d,.]+/.exec(s)?.[0];
    const written = digits ? Number(digits.replace(/,/g, '')) : parseChineseNumeral(/^[零〇一二两三四五六七八九十百千万]+/.exec(s)?.[0] ?? '');
    if (written !== o.value || !s.endsWith(o.unit.slice(-1))) bad.push(`${o.value}${o.unit}: "${s}"`);
  }
  return bad;
}

function corpusFiles(limit: number): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      if (out.length >= limit) return;
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.md')) out.push(p);
    }
  };
  if (UNPACKED) walk(UNPACKED);
  return out;
}

describe('mention offsets', () => {
  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('point at their names in seed %s', async (file) => {
    const x = await extractDocument(new Uint8Array(readFileSync(path.join(SEEDS, file))), file);
    expect(ExtractionSchema.safeParse(x).success).toBe(true);
    expect(badMentions(x)).toEqual([]);
    expect(x.slogans.length + x.projects.length + x.outcomes.length).toBeGreaterThan(5);
  });

  const haveCorpus = UNPACKED !== null && readdirSync(UNPACKED).some((f) => f.startsWith('政府工作报告'));
  (haveCorpus ? it : it.skip)('point at their names in 200 corpus documents', async () => {
    const files = corpusFiles(200);
    expect(files).toHaveLength(200);
    const bad: string[] = [];
    for (const file of files) {
      const x = await extractDocument(new Uint8Array(readFileSync(file)), path.basename(file));
      bad.push(...badMentions(x).map((b) => `${file}: ${b}`));
    }
    expect(bad).toEqual([]);
  }, 300_000);

  if (!haveCorpus) {
    it('notes that the corpus test was skipped', () => {
      console.warn(`corpus test skipped: ${CORPUS} not found and POLICY_GRAPH_CORPUS_DIR not set`);
    });
  }
});
