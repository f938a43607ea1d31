// Prints how long the explorer takes to add, lay out and paint synthetic neighbourhoods in headless Chromium.
// Usage: node -r @swc-node/register apps/web/bench/bench-web.ts [sizes...]   (builds dist/web first if missing)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server';
import { syntheticGraph } from './synthetic';

type Handle = { explorer: { load(e: unknown, o: object): Promise<Record<string, number | string>>; zoomFrameMs(): Promise<number> } };

// WEBGL_ABOVE=100000 compares the canvas renderer at every size.
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
    for (const size of sizes.length ? sizes : [500, 1000, 2000, 5000, 8000]) {
      const elements = syntheticGraph(size);
      const t = await page.evaluate(async ([els, webglAbove, webgl]) => (window as unknown as Handle).explorer.load(els, { webglAbove, webgl }), [elements, WEBGL_ABOVE, FORCE_WEBGL] as const);
      const frame = await page.evaluate(() => (window as unknown as Handle).explorer.zoomFrameMs());
      const nodes = elements.filter((e) => !('source' in e.data)).length;
      const cols = [t.elements, nodes, t.renderer, t.addMs, t.layoutMs, t.paintMs, t.totalMs, frame];
      console.log(cols.map((c) => (typeof c === 'number' ? String(Math.round(c)) : c).padStart(9)).join(' '));
    }
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
