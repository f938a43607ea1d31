// Prints how long the explorer takes to add, lay out and paint synthetic neighbourhoods in headless Chromium.
// Usage: npx nx run web:bench  or  node -r @swc-node/register apps/web/bench/bench-web.ts [sizes...]
// (builds dist/web first if missing; REPEAT=n runs per size, default 3)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server';
import { syntheticGraph } from './synthetic';

type Handle = { explorer: { load(e: unknown, o: object): Promise<Record<string, number | string>>; zoomFrameMs(): Promise<number> } };

// WEBGL_ABOVE=100000 compares the canvas renderer at every size.
const REPEAT = Number(process.env.REPEAT ?? 3);
const WEBGL_ABOVE = Number(process.env.WEBGL_ABOVE ?? 5000);
// FORCE_WEBGL=1 uses WebGL past the threshold even on a software rasteriser (the page would not).
const FORCE_WEBGL = process.env.FORCE_WEBGL ? true : undefined;
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
    console.log('elements     nodes  renderer   add(ms) layout(ms) paint(ms) total(ms) zoom-frame(ms)');
    for (const size of sizes.length ? sizes : [1000, 2000, 5000, 8000]) {
      const elements = syntheticGraph(size);
      const runs: Record<string, number | string>[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const t = await page.evaluate(async ([els, webglAbove, webgl]) => (window as unknown as Handle).explorer.load(els, { webglAbove, webgl }), [elements, WEBGL_ABOVE, FORCE_WEBGL] as const);
        t.zoomFrameMs = await page.evaluate(() => (window as unknown as Handle).explorer.zoomFrameMs());
        runs.push(t);
      }
      const nodes = elements.filter((e) => !('source' in e.data)).length;
      const median = (key: string) => runs.map((r) => Number(r[key])).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const cols = [size, nodes, runs[0].renderer, ...['addMs', 'layoutMs', 'paintMs', 'totalMs', 'zoomFrameMs'].map(median)];
      console.log(cols.map((c) => (typeof c === 'number' ? String(Math.round(c)) : c).padStart(9)).join(' '));
    }
    console.log(`(median of ${REPEAT} runs; total = add + layout + two painted frames; WebGL needs a GPU, so headless Chromium here draws large graphs on a cached canvas)`);
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
