import { zipSync } from 'fflate';
import { badUrl, fileNameOf } from './fetch-url';
import { badFileName, jobSourceKey } from './file-names';
import { longestGap } from '../bench/loop-gap';
import { unpackZip, zipEntries, type NamedBytes } from './zip-entries';

const LIMITS = { fileBytes: 1_000, jobBytes: 3_000, jobFiles: 10 };

describe('zipEntries', () => {
  it('names each file by its path under the archive, in path order, without a Mac’s bookkeeping', () => {
    const zip = zipSync({ 'b/2.txt': Buffer.from('二'), 'a.md': Buffer.from('一'), '__MACOSX/._a.md': Buffer.from('x'), '.DS_Store': Buffer.from('x') });
    expect(zipEntries({ name: '报告.zip', bytes: zip }, LIMITS).map((f) => [f.name, Buffer.from(f.bytes).toString()])).toEqual([
      ['报告/a.md', '一'],
      ['报告/b/2.txt', '二'],
    ]);
  });

  it('refuses by the declared sizes a file past the limit of one file, and files past the limit of a job', () => {
    expect(() => zipEntries({ name: 'big.zip', bytes: zipSync({ 'x.txt': new Uint8Array(1_001) }) }, LIMITS)).toThrow('big.zip: x.txt unpacks to more than 0.0 MiB, the limit for one file');
    const many = zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`${i}.txt`, new Uint8Array(900)])));
    expect(() => zipEntries({ name: 'many.zip', bytes: many }, LIMITS)).toThrow('many.zip unpacks to more than 0.0 MiB, the limit for one job');
  });

  it('says when the archive cannot be read or holds nothing', () => {
    expect(() => zipEntries({ name: 'cut.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]) }, LIMITS)).toThrow(/^cut\.zip is not a readable zip archive/);
    expect(() => zipEntries({ name: 'empty.zip', bytes: zipSync({ 'd/': new Uint8Array(0) }) }, LIMITS)).toThrow('empty.zip holds no file');
  });
});

describe('unpackZip', () => {
  it('inflates 200 MB off the event loop: a 5 ms timer keeps firing, where inflating on the loop holds it', async () => {
    const text = new TextEncoder().encode('全域美丽建设稳步推进。'.repeat(330_000)); // 10 MB
    const zip: NamedBytes = { name: 'big.zip', bytes: zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${String(i).padStart(2, '0')}.txt`, text]))) };
    const limits = { fileBytes: 11_000_000, jobBytes: 300_000_000, jobFiles: 100 };
    const onLoop = await longestGap(() => zipEntries(zip, limits));
    const offLoop = await longestGap(() => unpackZip(zip, limits));
    expect((offLoop.result as NamedBytes[]).map((f) => [f.name, f.bytes.length])).toEqual(Array.from({ length: 20 }, (_, i) => [`big/${String(i).padStart(2, '0')}.txt`, text.length]));
    expect(Buffer.from((offLoop.result as NamedBytes[])[19].bytes).equals(Buffer.from(text))).toBe(true);
    // measured here: 500–700 ms on the loop, 17–32 ms off it
    expect(offLoop.longest).toBeLessThan(onLoop.longest / 4);
  }, 60_000);

  it('refuses as zipEntries does, with its message', async () => {
    await expect(unpackZip({ name: 'big.zip', bytes: zipSync({ 'x.txt': new Uint8Array(1_001) }) }, LIMITS)).rejects.toThrow('big.zip: x.txt unpacks to more than 0.0 MiB, the limit for one file');
  });
});

describe('file names and URLs', () => {
  it('takes a bare name or a relative path, and keys it under upload/', () => {
    expect(badFileName('政府工作报告-省自治区/浙江省/2018.md')).toBeNull();
    expect(jobSourceKey('政府工作报告-省自治区/浙江省/2018.md')).toBe('upload/政府工作报告-省自治区/浙江省/2018.md');
    expect(badFileName('../etc/passwd')).toMatch(/"\.\."/);
    expect(badFileName('/abs.txt')).toMatch(/relative path/);
    expect(badFileName('a\\b.txt')).toMatch(/forward slashes/);
  });

  it('fetches http and https only, and names a page without a readable extension by its content type', () => {
    expect(badUrl('https://www.gov.cn/a.pdf')).toBeNull();
    expect(badUrl('ftp://x/a.pdf')).toMatch(/only http and https/);
    expect(badUrl('not a url')).toMatch(/is not a URL/);
    expect(fileNameOf(new URL('https://x.gov.cn/files/2019.pdf'), 'application/octet-stream')).toBe('2019.pdf');
    expect(fileNameOf(new URL('https://x.gov.cn/art/2019/show.php?id=7'), 'text/html; charset=utf-8')).toBe('show.php.html');
    expect(fileNameOf(new URL('https://x.gov.cn/'), 'text/plain')).toBe('x.gov.cn.txt');
  });
});
