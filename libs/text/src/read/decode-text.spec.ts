import { encode } from 'iconv-lite';
import { decodeText } from './decode-text';
import { ReadError } from './read-error';
import { encodeAs, seedText, type FixtureEncoding } from './seed-fixtures';

const XINGQIAO = seedText('000_99ebe1f9c7b4f081.txt');
const XINJIE = seedText('004_2a50b552bcae988d.txt');
const WENYAN_TRADITIONAL = seedText('003_5c6707e2467e516d.txt');

describe('decodeText', () => {
  const cases: Array<[FixtureEncoding, string]> = [
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8'],
    ['gb18030', 'gb18030'],
    ['utf-16le-bom', 'utf-16le'],
    ['utf-16be-bom', 'utf-16be'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
  ];

  it.each(cases)('decodes a seed saved as %s exactly', (saved, detected) => {
    for (const seed of [XINGQIAO, XINJIE, WENYAN_TRADITIONAL]) {
      const decoded = decodeText(encodeAs(seed, saved), 'seed.txt');
      expect(decoded).toEqual({ text: seed, encoding: detected });
    }
  });

  it('detects BOM-less UTF-16 of a line with no ASCII at all', () => {
    const line = '星桥街道全域美丽工作实施方案分为靓丽城市行动美丽乡村建设美丽公路建设';
    expect(decodeText(encodeAs(line, 'utf-16le'), 'line.txt').text).toBe(line);
    expect(decodeText(encodeAs(line, 'utf-16be'), 'line.txt').text).toBe(line);
  });

  it('decodes short GB18030 text such as a slogan', () => {
    expect(decodeText(encodeAs('全域美丽', 'gb18030'), 'slogan.txt')).toEqual({ text: '全域美丽', encoding: 'gb18030' });
  });

  it('honours a declared charset when it gives plausible text', () => {
    const bytes = encodeAs(XINJIE, 'gb18030');
    expect(decodeText(bytes, 'page.html', 'gb18030').encoding).toBe('gb18030');
  });

  it('falls back to detection when the declared charset is wrong', () => {
    const bytes = encodeAs(XINJIE, 'utf-8');
    expect(decodeText(bytes, 'page.html', 'gb18030').encoding).toBe('utf-8');
  });

  it('refuses Big5 bytes that no supported encoding reads plausibly, naming the file', () => {
    const big5 = new Uint8Array(encode(WENYAN_TRADITIONAL, 'big5'));
    expect(() => decodeText(big5, '闻堰.txt')).toThrow(ReadError);
    expect(() => decodeText(big5, '闻堰.txt')).toThrow(/闻堰\.txt: is not valid UTF-8 .*GB18030.*UNDECODABLE/);
  });

  it('refuses GB18030 text with every tenth byte damaged rather than pass mojibake on', () => {
    const bytes = encodeAs(XINGQIAO, 'gb18030');
    for (let i = 7; i < bytes.length; i += 10) bytes[i] = 0xff;
    expect(() => decodeText(bytes, 'damaged.txt')).toThrow(/damaged\.txt: .*replacement or control characters/);
  });

  it('refuses a UTF-8 byte-order mark followed by invalid UTF-8', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1]);
    expect(() => decodeText(bytes, 'bad.txt')).toThrow(/UTF-8 byte-order mark/);
  });
});
