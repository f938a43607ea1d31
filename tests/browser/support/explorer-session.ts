// What every browser spec stands on: the page built, the seeds ingested, one API (bin/kg serve)
// and one Chromium per file, and no console errors after any test.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ingestSeeds, ROOT, serve, type ServedApi } from '../../api/support/serve';
import { openBrowser, type BrowserSession } from './chromium';

export interface ExplorerSession {
  api: ServedApi;
  browser: BrowserSession;
  page: Page;
}

// Newest modification time of a file under dir (the page's sources).
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const path = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

// Builds the page when there is no build or its sources changed since; WEB_REBUILD forces it.
function ensureWebBuilt(): void {
  const built = join(ROOT, 'dist/web/index.html');
  const fresh = existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'apps/web/src'));
  if (fresh && !process.env.WEB_REBUILD) return;
  execFileSync('npx', ['nx', 'run', 'web:build', '--skip-nx-cache'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
}

/** Registers the file's hooks; the fields are there once its beforeAll has run. `env` configures the API (reviewers, tokens). */
export function explorerSession(options: { openPage?: boolean; env?: Record<string, string> } = {}): ExplorerSession {
  const session = {} as ExplorerSession;
  beforeAll(async () => {
    ensureWebBuilt();
    ingestSeeds();
    session.api = await serve(options.env);
    session.browser = await openBrowser();
    session.page = session.browser.page;
    if (options.openPage) await session.page.goto(session.api.url + '/');
  }, 600_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.api?.stop();
  });
  afterEach(() => {
    expect(session.browser.errors).toEqual([]);
  });
  return session;
}
