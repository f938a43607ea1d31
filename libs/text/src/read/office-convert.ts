import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExternalToolError, runTool, withTempDir } from './external-tool';
import { ReadError } from './read-error';

// LibreOffice headless from Debian (libreoffice-writer-nogui, libreoffice-calc-nogui).
const CONVERT_TIMEOUT_MS = 120_000;

export type OfficeTarget = 'docx' | 'html';

/**
 * Converts a legacy or foreign office file (.doc, .wps, .rtf, .xls, .xlsx) with `soffice
 * --headless --convert-to`, in a private profile folder per run: one LibreOffice instance runs
 * per profile, so conversions never wait on each other or on a desktop session.
 */
export function convertOffice(bytes: Uint8Array, fileName: string, inputExtension: string, target: OfficeTarget): Promise<Uint8Array> {
  return withTempDir(async (dir) => {
    const input = join(dir, `document${inputExtension}`);
    const outDir = join(dir, 'out');
    await writeFile(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    try {
      await runTool('soffice', ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', target, '--outdir', outDir, input], {
        timeoutMs: CONVERT_TIMEOUT_MS,
        env: { HOME: dir },
      });
    } catch (error) {
      if (error instanceof ExternalToolError && error.failure.missing) throw new ReadError('CONVERTER_UNAVAILABLE', fileName, `needs LibreOffice to be read, but soffice ${error.failure.message}`);
      throw new ReadError('CONVERSION_FAILED', fileName, `could not be converted by LibreOffice: ${(error as Error).message}`);
    }
    // soffice exits 0 when it cannot load a file: the missing output says so
    const produced = await readdir(outDir).catch(() => [] as string[]);
    const output = produced.find((name) => name.endsWith(`.${target}`));
    if (!output) throw new ReadError('CONVERSION_FAILED', fileName, 'could not be opened by LibreOffice (corrupt, password-protected or not an office document)');
    return new Uint8Array(await readFile(join(outDir, output)));
  });
}
