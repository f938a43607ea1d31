// Reviewers' decisions exported as gold for kg eval: accepted facts required, rejected ones counted
// as false positives when extracted again.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDocument } from '@policy-graph/extract';
import { Neo4jExecutor, buildDocumentRows, loadGazetteer, recordCorrection, writeDocument } from '@policy-graph/graph';
import { connectTestExecutor } from '../support/executor';
import { runKg } from '../support/run-kg';
import { wipeGraph } from './support/graph-state';

const SEED = '000_99ebe1f9c7b4f081.txt';
let executor: Neo4jExecutor;
let ties: { project: string; slogan: string }[];

beforeAll(async () => {
  executor = connectTestExecutor();
  await wipeGraph(executor);
  const x = await extractDocument(new Uint8Array(readFileSync(resolve(__dirname, '../../seeds', SEED))), SEED);
  await writeDocument(executor, buildDocumentRows(x, { sourceKey: `seeds/${SEED}`, gazetteer: loadGazetteer() }));
  ties = await executor.read('MATCH (p:Project)-[:FULFILS]->(s:Slogan) RETURN p.name AS project, s.id AS slogan ORDER BY project, slogan LIMIT 2');
}, 120_000);

afterAll(() => executor?.close());

describe('kg corrections gold', () => {
  it('writes each reviewed document as a gold file and its text, which kg eval scores', async () => {
    const [accepted, rejected] = ties;
    await recordCorrection(executor, { kind: 'accept-fulfils', ...accepted, author: '审校员' });
    // recorded without writing the document again: the gold still leaves the tie out
    await recordCorrection(executor, { kind: 'reject-fulfils', ...rejected, author: '审校员' });
    const out = mkdtempSync(join(tmpdir(), 'kg-gold-'));
    const result = runKg(['corrections', 'gold', '--out', out]);
    expect(result.stderr).toMatch(/1 reviewed documents written/);
    expect(result.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    // kg eval below checks the file against the gold schema
    const gold = JSON.parse(readFileSync(join(out, files.find((f) => f.endsWith('.gold.json')) as string), 'utf8')) as { fulfils: { required: string[][]; acceptable: string[][] } };
    expect(gold.fulfils.required).toEqual([[accepted.project, accepted.slogan]]);
    expect(gold.fulfils.acceptable).not.toContainEqual([rejected.project, rejected.slogan]);
    const scored = runKg(['eval', '--gold', out]);
    expect(scored.status).toBe(0);
    expect(scored.stdout).toMatch(/fulfils/);
    expect(scored.stdout).toContain(`${rejected.project}→${rejected.slogan}`);
  }, 240_000);

  it('needs --out', () => {
    const result = runKg(['corrections', 'gold']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/gold needs --out DIR/);
  });
});
