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
