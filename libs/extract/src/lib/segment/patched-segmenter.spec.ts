import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The segmenter runs from nodejieba compiled with patches/nodejieba+3.5.8.patch (its keyword
// ranker, which read the dictionary a second time, is built at its first use, not by load()).
const ROOT = resolve(__dirname, '../../../../..');
const MODULE_DIR = dirname(require.resolve('nodejieba/package.json'));

describe('the patched segmenter', () => {
  it('is the binary compiled from the patch in patches/', () => {
    const patch = createHash('sha256').update(readFileSync(join(ROOT, 'patches/nodejieba+3.5.8.patch'))).digest('hex');
    expect(readFileSync(join(MODULE_DIR, 'build/Release/nodejieba.node.patch-sha256'), 'utf8').trim()).toBe(patch);
  });

  it('still ranks keywords when asked, building the ranker then', () => {
    const jieba = require('nodejieba') as typeof import('nodejieba');
    jieba.load();
    expect(jieba.tag('南京市长江大桥建成通车')).toEqual([
      { word: '南京市', tag: 'ns' },
      { word: '长江大桥', tag: 'ns' },
      { word: '建成', tag: 'v' },
      { word: '通车', tag: 'n' },
    ]);
    expect(jieba.textRankExtract('南京市长江大桥建成通车，南京市交通便利', 1).map((w) => w.word)).toEqual(['南京市']);
  });
});
