import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from './collect-files';

describe('collectFiles', () => {
  let root: string;
  beforeAll(() => {
    root = join(mkdtempSync(join(tmpdir(), 'collect-')), '报告');
    for (const dir of ['2019', '2019/政府工作报告_files', '扫描件_files']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['2019/政府工作报告.html', '2019/政府工作报告_files/banner.jpg', '2019/政府工作报告_files/main.css', '2019/任务表.xlsx', '2019/通知.doc', '2019/附件.wps', '2019/说明.rtf', '2019/扫描.tif', '扫描件_files/第1页.png', 'manifest.json', 'README.md']) {
      writeFileSync(join(root, file), 'x');
    }
  });
  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('takes every kind the reader reads, but not the pictures of a web page saved whole', () => {
    expect(collectFiles([root]).map((f) => f.sourceKey)).toEqual([
      '报告/2019/任务表.xlsx',
      '报告/2019/扫描.tif',
      '报告/2019/政府工作报告.html',
      '报告/2019/说明.rtf',
      '报告/2019/通知.doc',
      '报告/2019/附件.wps',
      '报告/扫描件_files/第1页.png',
    ]);
  });
});
