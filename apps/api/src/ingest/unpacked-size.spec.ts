import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { unpackedSizeProblem } from './unpacked-size';

const docx = readFileSync(join(__dirname, '../../../../libs/text/src/read/fixtures/xingqiao-2019.docx'));

describe('unpackedSizeProblem', () => {
  it('passes a real .docx and a file that is no archive', () => {
    expect(unpackedSizeProblem(docx, 10_000_000)).toBeNull();
    expect(unpackedSizeProblem(Buffer.from('全域创新'), 10)).toBeNull();
  });

  it('refuses a part declared larger than the limit, naming it, before anything is inflated', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) });
    expect(unpackedSizeProblem(bomb, 1024 * 1024)).toBe('its part word/document.xml unpacks to 3.0 MiB, more than the 1.0 MiB one document may unpack to');
  });

  it('leaves an archive cut short to the reader, which names the file and its kind', () => {
    expect(unpackedSizeProblem(docx.subarray(0, Math.floor(docx.length / 2)), 10_000_000)).toBeNull();
  });
});
