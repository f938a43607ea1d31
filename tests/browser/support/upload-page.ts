import type { Page } from 'playwright-core';
import { signIn } from './review-page';

export interface DroppedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Signs in, opens the Upload tab and drops the files on it as one DataTransfer, as a person dragging them would. */
export async function dropOnUploadTab(page: Page, token: string, files: DroppedFile[]): Promise<void> {
  await signIn(page, token);
  await page.locator('#tabbtn-upload').click();
  const zone = page.locator('#upload-drop');
  await zone.waitFor();
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return data;
  }, files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })));
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await page.locator('#upload-job .upload-file').first().waitFor({ timeout: 30_000 });
}

/**
 * Drags files and folders from disk onto the Upload tab's drop zone, as from a file manager: Chromium's
 * own drag (DevTools' Input.dispatchDragEvent with their paths), so a folder arrives as a real
 * directory entry that the page walks with its directory reader.
 */
export async function dragPathsOnUploadTab(page: Page, paths: string[]): Promise<void> {
  await page.locator('#tabbtn-upload').click();
  const box = await page.locator('#upload-drop').boundingBox();
  if (!box) throw new Error('the drop zone is not on screen');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  try {
    const data = { items: [], files: paths, dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  } finally {
    await cdp.detach();
  }
}

/** Each file row's states as the page showed them while the job ran (sampled), once the job is no longer RUNNING. */
export async function watchUploadJob(page: Page, timeoutMs = 240_000): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  const deadline = Date.now() + timeoutMs;
  const readRows = async () => {
    const rows = await page.locator('#upload-job .upload-file').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.name ?? '', (e as HTMLElement).dataset.state ?? '']));
    for (const [name, state] of rows) {
      const states = seen.get(name) ?? [];
      if (states[states.length - 1] !== state) states.push(state);
      seen.set(name, states);
    }
  };
  for (;;) {
    await readRows();
    const job = await page.locator('#upload-job .upload-summary').getAttribute('data-state', { timeout: 1_000 }).catch(() => null);
    // the job may have ended after the rows were read: read them once more as the ended job left them
    if (job && job !== 'RUNNING') {
      await readRows();
      return seen;
    }
    if (Date.now() > deadline) throw new Error(`the job still runs after ${timeoutMs / 1000} s: ${JSON.stringify([...seen])}`);
    await page.waitForTimeout(150);
  }
}

export interface JobFile {
  name: string;
  documentId: string | null;
  documentStatus: string | null;
}

/** The files of the newest ingestion job as the API reports them to the page's token. */
export function lastJobFiles(page: Page, token: string): Promise<JobFile[]> {
  return page.evaluate(async (t) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
      body: JSON.stringify({ query: '{ ingestJobs(limit: 1) { files { name documentId documentStatus } } }' }),
    });
    return ((await res.json()) as { data: { ingestJobs: { files: JobFile[] }[] } }).data.ingestJobs[0].files;
  }, token);
}
