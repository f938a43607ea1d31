// Prints how long the explorer takes to add, lay out and paint synthetic neighbourhoods in headless Chromium,
// how long a zoom frame takes afterwards, and, for grouped views, how long expanding the biggest group takes.
// Usage: npx nx run web:bench  or  node -r @swc-node/register apps/web/bench/bench-web.ts [sizes...]
// (builds dist/web first if missing; REPEAT=n runs per size, default 3)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server';
import { syntheticGraph } from './synthetic';

type Handle = {
  explorer: {
    load(e: unknown, o: object): Promise<Record<string, number | string>>;
    zoomFrameMs(): Promise<number>;
    expandTiming(id: string): Promise<{ ms: number; drawn: number }>;
    cy: { nodes(s: string): { map<T>(f: (n: { id(): string; data(k: string): number }) => T): T[] } };
  };
};

// WEBGL_ABOVE=100000 compares the canvas renderer at every size.
const REPEAT = Number(process.env.REPEAT ?? 3);
const WEBGL_ABOVE = Number(process.env.WEBGL_ABOVE ?? 5000);
// FORCE_WEBGL=1 uses WebGL past the threshold even on a software rasteriser (the page would not).
const FORCE_WEBGL = process.env.FORCE_WEBGL ? true : undefined;
// AGGREGATE_ABOVE=1000000 draws every element instead of groups, to compare.
const AGGREGATE_ABOVE = Number(process.env.AGGREGATE_ABOVE ?? 5000);
const DIST = join(__dirname, '../../../dist/web');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  if (!existsSync(join(DIST, 'index.html'))) execSync('npx nx run web:build', { stdio: 'inherit' });
  const server = await serveStatic(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'web-bench-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'explorer' in window);
    console.log(['elements', 'nodes', 'drawn', 'renderer', 'add(ms)', 'layout(ms)', 'paint(ms)', 'total(ms)', 'zoom-frame', 'expand(ms)', 'drawn-after'].map((c) => c.padStart(10)).join(' '));
    for (const size of sizes.length ? sizes : [2000, 10000, 20000]) {
      const elements = syntheticGraph(size);
      const runs: Record<string, number | string>[] = [];
      for (let i = 0; i < REPEAT; i++) runs.push(await measure(page, elements));
      const nodes = elements.filter((e) => !('source' in e.data)).length;
      const median = (key: string) => {
        const values = runs.map((r) => Number(r[key])).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
        return values.length ? values[Math.floor(values.length / 2)] : '-';
      };
      const cols = [size, nodes, median('drawn'), runs[0].renderer, ...['addMs', 'layoutMs', 'paintMs', 'totalMs', 'zoomFrameMs', 'expandMs', 'drawnAfter'].map(median)];
      console.log(cols.map((c) => (typeof c === 'number' ? String(Math.round(c)) : c).padStart(10)).join(' '));
    }
    console.log(`(median of ${REPEAT} runs; total = add (and grouping) + layout + two painted frames; zoom-frame = mean ms per frame over 10 zoom steps;`);
    console.log(` expand = double-click on the biggest group until two frames are painted; groups past ${AGGREGATE_ABOVE} elements, WebGL past ${WEBGL_ABOVE} drawn only with a GPU)`);
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function measure(page: import('playwright-core').Page, elements: unknown[]): Promise<Record<string, number | string>> {
  const t = await page.evaluate(
    async ([els, webglAbove, webgl, aggregateAbove]) => (window as unknown as Handle).explorer.load(els, { webglAbove, webgl, aggregateAbove }),
    [elements, WEBGL_ABOVE, FORCE_WEBGL, AGGREGATE_ABOVE] as const,
  );
  t.zoomFrameMs = await page.evaluate(() => (window as unknown as Handle).explorer.zoomFrameMs());
  const biggest = await page.evaluate(() =>
    (window as unknown as Handle).explorer.cy.nodes('.aggregate').map((n) => [n.id(), n.data('count')] as const).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
  );
  if (biggest) {
    const expanded = await page.evaluate((id) => (window as unknown as Handle).explorer.expandTiming(id), biggest);
    Object.assign(t, { expandMs: expanded.ms, drawnAfter: expanded.drawn });
  }
  return t;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
