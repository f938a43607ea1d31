// Debian Chromium driven by playwright-core: headless, no sandbox, nothing that reaches the network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

// The API answers a refused GraphQL request with a 4xx (a write in the console, a missing id); the
// page shows the refusal itself, so Chromium's "Failed to load resource" line for it is not an error.
function isGraphqlRefusal(text: string, url: string): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d/.test(text) && /\/graphql(\?|$)/.test(url);
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: ARGS, viewport, acceptDownloads: true, locale: 'zh-CN' });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  // the address a failed resource came from, so a failure names the request that failed
  page.on('console', (m) => m.type() === 'error' && !isGraphqlRefusal(m.text(), m.location().url) && errors.push(m.location().url ? `${m.text()} (${m.location().url})` : m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
