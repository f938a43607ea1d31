import fc from 'fast-check';
import { readDocument } from './read-document';
import { tidyOcrText } from './ocr';
import { ReadError } from './read-error';
import { encodeAs, fixtureBytes, seedText } from './seed-fixtures';

const XINGQIAO_PHRASES = ['聚焦“三个全域”', '星动巴士', '全域美丽打造宜居宜业高品质城区', '全域清洁', '星桥街道'];

async function rejection(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('readDocument: Markdown with front matter', () => {
  const report = ['---', 'source: https://www.hangzhou.gov.cn/art/2019/2/14/art_1229063401_1883637.html', 'title: 2019年杭州市政府工作报告', '---', '', '**政府工作报告**', '', seedText('000_99ebe1f9c7b4f081.txt')].join('\n');

  it('takes title and source from the front matter and keeps the body as it was', async () => {
    const doc = await readDocument(encodeAs(report, 'utf-8'), '2019.md');
    expect(doc).toMatchObject({ format: 'markdown', encoding: 'utf-8', title: '2019年杭州市政府工作报告' });
    expect(doc.source).toBe('https://www.hangzhou.gov.cn/art/2019/2/14/art_1229063401_1883637.html');
    expect(doc.text).toBe(report.slice(report.indexOf('---\n\n') + 4));
    expect(doc.text.startsWith('\n**政府工作报告**')).toBe(true);
  });

  it('reports front matter that is not YAML', async () => {
    const bad = encodeAs('---\ntitle: [未闭合\n---\n正文', 'utf-8');
    const error = await rejection(readDocument(bad, '坏.md'));
    expect(error.code).toBe('INVALID_FRONT_MATTER');
    expect(error.message).toMatch(/^坏\.md: has front matter that is not valid YAML/);
  });
});

describe('readDocument: plain text', () => {
  it('reads a GB18030 seed and finds 发布日期 and 信息来源', async () => {
    const doc = await readDocument(encodeAs(seedText('004_2a50b552bcae988d.txt'), 'gb18030'), 'xinjie.txt');
    expect(doc).toMatchObject({ format: 'text', encoding: 'gb18030', date: '2024-07-08', publisher: '新街街道', title: null });
    expect(doc.text).toContain('全力做好智能制造、数字化改造项目服务工作');
  });
});

describe('readDocument: Word and PDF made from seed 000', () => {
  it('reads the paragraphs of a .docx', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019.docx'), 'xingqiao-2019.docx');
    expect(doc).toMatchObject({ format: 'docx', encoding: null });
    for (const phrase of XINGQIAO_PHRASES) expect(doc.text).toContain(phrase);
    expect(doc.text.split('\n')).toHaveLength(5);
  });

  it('reads the text layer of a PDF', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019.pdf'), 'xingqiao-2019.pdf');
    expect(doc).toMatchObject({ format: 'pdf', encoding: null });
    const joined = doc.text.replace(/\n/g, '');
    for (const phrase of XINGQIAO_PHRASES) expect(joined).toContain(phrase);
    expect(joined).toContain('街道投入 36 万元资金');
  });

  it('recognises a PDF by its header whatever its name', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019.pdf'), 'download');
    expect(doc.format).toBe('pdf');
  });

  it('reports a truncated PDF as corrupt', async () => {
    const truncated = fixtureBytes('xingqiao-2019.pdf').subarray(0, 2000);
    expect((await rejection(readDocument(truncated, 'cut.pdf'))).code).toBe('CORRUPT_PDF');
  });

  it('reports a .pdf without a PDF header and a .docx that is not a ZIP package', async () => {
    const text = encodeAs('全域美丽', 'utf-8');
    expect((await rejection(readDocument(text, 'fake.pdf'))).message).toBe('fake.pdf: has no %PDF- header (CORRUPT_PDF)');
    expect((await rejection(readDocument(text, 'fake.docx'))).code).toBe('CORRUPT_DOCX');
  });

  it('reports a ZIP package that is not a Word document', async () => {
    const zipHeaderOnly = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const error = await rejection(readDocument(zipHeaderOnly, 'archive.docx'));
    expect(error.code).toBe('CORRUPT_DOCX');
    expect(error.message).toMatch(/^archive\.docx: is not a readable Word document/);
  });
});

describe('readDocument: pages of a PDF', () => {
  it('puts a page break between pages and gives where each starts; a text layer needs no OCR', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019-pages.pdf'), 'xingqiao-2019-pages.pdf');
    expect(doc.ocrPages).toEqual([]);
    expect(doc.pages).toHaveLength(2);
    const [, second] = doc.pages as number[];
    expect(doc.text.slice(second - 3, second)).toBe('\n\f\n');
    expect(doc.text.indexOf('星动巴士')).toBeGreaterThan(second);
    expect(doc.text.indexOf('三个全域')).toBeLessThan(second);
  });

  it('joins the lines a page wraps, so a name broken at the margin is whole again', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019-pages.pdf'), 'xingqiao-2019-pages.pdf');
    expect(doc.text).toContain('街道“全域创新”行动方案迅速进入落实阶段');
    expect(doc.text.split('\n')).toContain('全域创新促进都市经济高质量发展');
  });

  it('keeps each line of a page of short lines, the longest too', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019-captions.pdf'), 'xingqiao-2019-captions.pdf');
    expect(doc.text).toBe(['街道口袋公园', '开通“星动巴士”,解决工业园区职工通勤问题', '星港路停车场', '垃圾分类、处理', '全区首个新型党群服务中心'].join('\n'));
  });
});

describe('readDocument: scans, through tesseract', () => {
  it('reads a scanned image of seed 000 by OCR, without spaces between hanzi', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019-scan.png'), 'xingqiao-2019-scan.png');
    expect(doc).toMatchObject({ format: 'image', ocrPages: [1], pages: null });
    for (const phrase of ['全域创新促进都市经济高质量发展', '“星动巴士”开通', '街道“全域创新”行动方案', '投入36万元资金']) expect(doc.text).toContain(phrase);
  }, 60_000);

  it('tidies tesseract output: paragraphs on one line each, no space between hanzi', () => {
    expect(tidyOcrText('全 域 创 新 促进\n都市经济\n\n2 月 20 日， 开通 Bus\nLine 1，投入 36 万元\n')).toBe('全域创新促进都市经济\n2月20日，开通 Bus Line 1，投入36万元');
  });
});

describe('readDocument: office files through LibreOffice', () => {
  it('converts a Word 97 .doc and reads its paragraphs', async () => {
    const doc = await readDocument(fixtureBytes('xingqiao-2019.doc'), 'xingqiao-2019.doc');
    expect(doc).toMatchObject({ format: 'doc', pages: null, ocrPages: [] });
    expect(doc.text.split('\n')).toContain('全域创新促进都市经济高质量发展');
    expect(doc.text).toContain('开通“星动巴士”是街道为优化营商环境');
  }, 60_000);

  it('converts RTF and a WPS file (a Word body, as Kingsoft saves it) side by side, each in its own LibreOffice profile', async () => {
    const [rtf, wps] = await Promise.all([
      readDocument(fixtureBytes('xingqiao-2019.rtf'), 'xingqiao-2019.rtf'),
      readDocument(fixtureBytes('xingqiao-2019.doc'), '星桥街道.wps'),
    ]);
    expect([rtf.format, wps.format]).toEqual(['rtf', 'wps']);
    for (const doc of [rtf, wps]) expect(doc.text.split('\n')).toContain('全域创新促进都市经济高质量发展');
  }, 60_000);

  it('converts an .xlsx task table to a cell per line under its column labels, a blank line between rows', async () => {
    const doc = await readDocument(fixtureBytes('xinjie-2024-tasks.xlsx'), 'xinjie-2024-tasks.xlsx');
    expect(doc.format).toBe('xlsx');
    expect(doc.text.startsWith('任务类别\n具体任务\n主要内容\n二季度完成情况\n\n坚持引育并举')).toBe(true);
    const rows = doc.text.split('\n\n').map((row) => row.split('\n'));
    expect(rows.find((cells) => cells[0].startsWith('坚持干群合力'))?.[1]).toBe('深化系统治理体系');
    const row = rows.find((cells) => cells[0] === '做好靠前管理服务');
    expect(row).toHaveLength(3);
    expect(doc.text).toContain('\n建立“心皆安”矛盾纠纷溯源解分E本账小程序');
  }, 60_000);

  it('reads an Excel 97 .xls of the same table row for row as its .xlsx', async () => {
    const [xls, xlsx] = await Promise.all([
      readDocument(fixtureBytes('xinjie-2024-tasks.xls'), 'xinjie-2024-tasks.xls'),
      readDocument(fixtureBytes('xinjie-2024-tasks.xlsx'), 'xinjie-2024-tasks.xlsx'),
    ]);
    expect(xls.format).toBe('xls');
    expect(xls.text).toBe(xlsx.text);
  }, 60_000);
});

describe('readDocument: refusals', () => {
  it('refuses empty and whitespace-only files', async () => {
    expect((await rejection(readDocument(new Uint8Array(), 'a.txt'))).code).toBe('EMPTY');
    expect((await rejection(readDocument(encodeAs(' \n\u3000\n', 'utf-8'), 'b.txt'))).code).toBe('EMPTY');
  });

  it('refuses unsupported extensions, listing what is supported', async () => {
    const bmp = await rejection(readDocument(Uint8Array.from([0x42, 0x4d, 0x36, 0x00]), 'chart.bmp'));
    expect(bmp.message).toMatch(/^chart\.bmp: has an unsupported extension \.bmp; supported: \.txt .* \.doc .* \.xlsx \.png/);
  });

  it('names the file and the problem when an office file or an image is broken', async () => {
    const truncatedDoc = fixtureBytes('xingqiao-2019.doc').subarray(0, 1500);
    const doc = await rejection(readDocument(truncatedDoc, '报告.doc'));
    expect(doc.code).toBe('CONVERSION_FAILED');
    expect(doc.message).toMatch(/^报告\.doc: could not be opened by LibreOffice \(corrupt, password-protected or not an office document\)/);
    const notXls = await rejection(readDocument(encodeAs('任务类别 具体任务', 'gb18030'), 'tasks.xls'));
    expect(notXls.message).toBe('tasks.xls: is not an Excel workbook (no OLE signature) (CORRUPT_OFFICE)');
    const brokenPng = await rejection(readDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'scan.png'));
    expect(brokenPng.code).toBe('OCR_FAILED');
    expect(brokenPng.message).toMatch(/^scan\.png: could not be read by OCR \(an image\)/);
  }, 60_000);

  it('gives a decoded document or a ReadError for arbitrary bytes, never another failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.txt', 'x.md', 'x.html', 'x'), async (bytes, name) => {
        try {
          const doc = await readDocument(bytes, name);
          expect(doc.text.trim()).not.toBe('');
          expect(doc.text).not.toContain('\uFFFD'.repeat(3));
        } catch (error) {
          expect(error).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 400, seed: 20190315 },
    );
  });
});
