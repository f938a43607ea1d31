// The diffusion panel's acceptance on the whole corpus, checked against the corpus files and the
// committed neighbour table rather than against the panel's own code:
//   NEO4J_URI=… node -r @swc-node/register apps/cli/src/checks/panel-done-when.ts --corpus /tmp/corpus [--seed 1]
// Builds the panel of 最多跑一次 at city level for 2016–2025 and checks one row per city × year for
// every city with a report, coverage of 20 seeded-random rows against the files, the 2017 first
// adopters, and the 2019 neighbour share of 3 cities counted again by hand. Only reads the graph.
// Exits 1 on any mismatch.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '@policy-graph/config';
import { diffusionPanelOf, findSlogan, Neo4jExecutor, type PanelRow } from '@policy-graph/graph';
import { repoRoot } from '@policy-graph/model';
import { cityReports, MUNICIPALITIES } from './corpus-reports';
import { recountNeighbourShare } from './neighbour-recount';
import { seededSample } from './seeded-sample';

const SLOGAN = '最多跑一次';
const FROM = 2016;
const TO = 2025;
const ADOPTERS_2017 = ['杭州市', '宁波市', '西安市', '昆明市'];
const SHARE_YEAR = 2019;
const COVERAGE_SAMPLE = 20;
const SHARE_SAMPLE = 3;

const { values } = parseArgs({ options: { corpus: { type: 'string' }, seed: { type: 'string', default: '1' } } });

let mismatches = 0;
function check(ok: boolean, line: string): void {
  if (!ok) mismatches++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${line}\n`);
}

const names = (list: Iterable<string>) => [...list].sort((a, b) => a.localeCompare(b, 'zh')).join('、') || '—';
const share = (adopted: number, observed: number) => (observed ? `${adopted}/${observed} = ${(adopted / observed).toFixed(3)}` : 'no neighbour with a document');

function checkRows(rows: PanelRow[], expected: Set<string>): void {
  const byBody = new Map<string, number[]>();
  for (const r of rows) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r.year]);
  const years = Array.from({ length: TO - FROM + 1 }, (_, i) => FROM + i).join();
  const uneven = [...byBody].filter(([, ys]) => [...ys].sort((a, b) => a - b).join() !== years).map(([b]) => b);
  const missing = [...expected].filter((c) => !byBody.has(c));
  const extra = [...byBody.keys()].filter((b) => !expected.has(b));
  process.stdout.write(`panel: ${byBody.size} cities × ${TO - FROM + 1} years = ${rows.length} rows; the corpus folders have reports of ${expected.size} cities\n`);
  check(uneven.length === 0, `each city has one row for each year ${FROM}–${TO}${uneven.length ? `; not so for ${names(uneven)}` : ''}`);
  check(missing.length === 0 && extra.length === 0, `the cities are those with at least one report${missing.length ? `; missing: ${names(missing)}` : ''}${extra.length ? `; not in the corpus folders: ${names(extra)}` : ''}`);
}

function checkCoverage(rows: PanelRow[], reports: Map<string, Map<number, number>>, seed: number): void {
  process.stdout.write(`coverage of ${COVERAGE_SAMPLE} rows drawn with seed ${seed}, against the report files:\n`);
  for (const r of seededSample(rows, COVERAGE_SAMPLE, seed)) {
    const files = reports.get(r.body)?.get(r.year) ?? 0;
    check(r.covered === files > 0 && r.documents === files, `  ${r.body} ${r.year}: covered ${r.covered}, documents ${r.documents}; files ${files}`);
  }
}

function checkFirstAdopters(rows: PanelRow[]): void {
  const adopters = rows.filter((r) => r.year === 2017 && r.event).map((r) => r.body);
  check(names(adopters) === names(ADOPTERS_2017), `first adopters in 2017: ${names(adopters)} (expected ${names(ADOPTERS_2017)})`);
}

async function checkNeighbourShare(db: Neo4jExecutor, rows: PanelRow[], sloganId: string, seed: number): Promise<void> {
  const year = rows.filter((r) => r.year === SHARE_YEAR);
  // cities with an adopting neighbour first: a share of 0 checks less
  const telling = year.filter((r) => r.neighbours_adopted > 0);
  const picked = seededSample(telling.length >= SHARE_SAMPLE ? telling : year, SHARE_SAMPLE, seed);
  const file = join(repoRoot(__dirname), 'graph/neighbours/neighbours.json');
  const edges = await db.read<{ n: number }>(`MATCH (:City)-[n:NEIGHBOURS {tier: 'city'}]-(:Place) RETURN count(n) AS n`);
  // without them every share is null: say what is missing rather than report 3 bare mismatches
  check(Number(edges[0]?.n ?? 0) > 0, `the graph holds city NEIGHBOURS (else: bin/kg neighbours load)`);
  process.stdout.write(`neighbour share in ${SHARE_YEAR} of ${picked.length} cities drawn with seed ${seed}, counted again from graph/neighbours/neighbours.json and the documents:\n`);
  for (const r of picked) {
    const again = await recountNeighbourShare(db, { file, tier: 'city', id: r.body_id, sloganId, year: SHARE_YEAR });
    const adopted = again.adopted.map((id) => again.names.get(id) ?? id);
    const same = r.neighbours === again.neighbours.length && r.neighbours_observed === again.observed.length && r.neighbours_adopted === again.adopted.length
      && r.neighbour_share === again.share;
    const listed = again.listed.length !== again.neighbours.length ? ` (${again.listed.length} in the table)` : '';
    check(same, `  ${r.body}: panel ${share(r.neighbours_adopted, r.neighbours_observed)} of ${r.neighbours} neighbours; by hand ${share(again.adopted.length, again.observed.length)} of ${again.neighbours.length}${listed}; adopted before ${SHARE_YEAR}: ${names(adopted)}`);
  }
}

async function main(): Promise<void> {
  if (!values.corpus) throw new Error('--corpus DIR (the unpacked corpus, e.g. /tmp/corpus) is needed');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed expects an integer, got "${values.seed}"`);
  const reports = cityReports(values.corpus);
  const municipalities = MUNICIPALITIES.filter((m) => reports.has(m));
  for (const m of municipalities) reports.delete(m);
  process.stdout.write(`corpus: ${reports.size} cities with reports (${municipalities.length} municipalities left out, held as provinces: ${names(municipalities)})\n`);
  const config = loadConfig(process.env);
  const db = Neo4jExecutor.connect({ ...config.neo4j, appName: 'policy-graph-panel-check' });
  try {
    const slogan = await findSlogan(db, SLOGAN);
    if (!slogan) throw new Error(`no slogan ${SLOGAN} in the graph at ${config.neo4j.uri}`);
    const started = Date.now();
    const panel = await diffusionPanelOf(db, { sloganIds: [slogan.id], level: 'city', from: FROM, to: TO });
    process.stdout.write(`panel of ${slogan.name} at city level, ${panel.from}–${panel.to}, built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    checkRows(panel.rows, new Set(reports.keys()));
    checkCoverage(panel.rows, reports, seed);
    checkFirstAdopters(panel.rows);
    await checkNeighbourShare(db, panel.rows, slogan.id, seed);
  } finally {
    await db.close();
  }
  process.stdout.write(mismatches ? `${mismatches} check(s) failed\n` : 'every check holds\n');
  process.exitCode = mismatches ? 1 : 0;
}

main().catch((error: Error) => {
  process.stderr.write(`panel-done-when: ${error.message}\n`);
  process.exit(1);
});
