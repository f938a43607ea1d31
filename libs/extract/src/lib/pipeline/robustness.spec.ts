import fc from 'fast-check';
import { extractDocument } from './extract-document';
import { extractText } from './extract-text';

const PIECES = ['“三个全域”', '实现垃圾减量7000吨', '機(jī)遇', '星桥街道', '**', '（一）', '2至3幢', '𠀀𪚥', '\n', '，', '力争', '一是', '、'];

describe('extraction never throws', () => {
  it('on 10,000 random strings', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (s) => {
        const x = extractText(s);
        expect(x.document.text.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);

  it('on 10,000 random byte arrays, failing only with a decoding error that names the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), async (bytes) => {
        try {
          await extractDocument(bytes, 'random.txt');
        } catch (error) {
          expect(String(error)).toContain('random.txt');
        }
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);
});

describe('extraction time grows linearly with size', () => {
  it('takes far less than a hundred times as long for 10 MB as for 1 MB', () => {
    // every paragraph names its own slogan and project, so the name tables grow with the text
    const HAN = '星桥汀洲湘湖古荡新街闻堰长山红垦江南钱塘滨江萧山余杭临平富阳';
    const nameOf = (i: number) => [0, 1, 2, 3].map((k) => HAN[Math.floor(i / HAN.length ** k) % HAN.length]).join('');
    const paragraph = (i: number) => `${nameOf(i)}街道实施“${nameOf(i)}行动”，实现垃圾减量7000吨，力争新增税收楼宇2至3幢。推进${nameOf(i)}学校迁建项目建设。\n`;
    const doc = (chars: number) => {
      const parts: string[] = [];
      for (let i = 0, n = 0; n < chars; i++) n += parts[parts.push(paragraph(i)) - 1].length;
      return parts.join('');
    };
    const time = (s: string) => {
      const t0 = process.hrtime.bigint();
      extractText(s);
      return Number(process.hrtime.bigint() - t0);
    };
    time(doc(100_000));
    // best of three for the small run: other test files share the cores. Linear work gives ~10,
    // n·log n ~12, garbage collection of a 10 MB document a little more; quadratic work gives ~100.
    const smallDoc = doc(1_000_000);
    const small = Math.min(time(smallDoc), time(smallDoc), time(smallDoc));
    const large = time(doc(10_000_000));
    expect(large / small).toBeLessThan(25);
  }, 600_000);
});
