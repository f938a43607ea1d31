import * as OpenCC from 'opencc-js';
import * as path from 'node:path';
import { CHANGING, RESIZING } from './script-tables';
import { detectScript } from './script';

const { deriveScriptTables, TW_TO_CN } = require(path.join(__dirname, '../../../../../scripts/write-script-tables.js'));

// detectScript as it was before it read the tables: always through OpenCC
function convertedScript(text: string): 'simplified' | 'traditional' {
  const middle = text.length >> 1;
  const sample = text.length > 3000 ? text.slice(0, 1500) + text.slice(middle, middle + 1500) : text;
  const converted = OpenCC.Converter({ from: 'tw', to: 'cn' })(sample);
  if (converted.length !== sample.length) return 'traditional';
  let han = 0;
  let changed = 0;
  for (const m of sample.matchAll(/[\u3400-\u9fff\uf900-\ufaff]/g)) {
    han++;
    if (converted[m.index] !== m[0]) changed++;
  }
  return han > 0 && changed / han > 0.04 ? 'traditional' : 'simplified';
}

const SIMPLIFIED = '青禾县推进松岭街道和柳塘镇的农村人居环境整治，新建污水管网十二公里，完成改厕三千户，群众满意度明显提升。';
const TRADITIONAL = '青禾縣推進松嶺街道和柳塘鎮的農村人居環境整治，新建污水管網十二公里，完成改廁三千戶，群眾滿意度明顯提升。';

describe('script tables', () => {
  it('are the ones OpenCC\'s Taiwan → mainland tables give (node scripts/write-script-tables.js writes them again)', () => {
    const derived = deriveScriptTables(TW_TO_CN());
    expect(CHANGING).toBe(derived.changing);
    expect(RESIZING).toBe(derived.resizing);
  });
});

describe('detectScript', () => {
  const texts: string[] = [
    SIMPLIFIED,
    TRADITIONAL,
    SIMPLIFIED.repeat(60),
    TRADITIONAL.repeat(60),
    SIMPLIFIED.repeat(30) + TRADITIONAL.repeat(30),
    '检测二噁英排放',
    SIMPLIFIED.repeat(20) + '二噁英' + SIMPLIFIED.repeat(20), // one conversion of another length: traditional
    '檢測二噁英排放',
    '青禾\uf900\uf901柳塘', // compatibility ideographs, normalised first
    '松岭𠀀𪚥柳塘', // astral-plane characters
    'plain ASCII only',
    '',
  ];
  // simplified text with ever more traditional characters, across the threshold
  for (let n = 0; n <= 12; n++) texts.push(TRADITIONAL.slice(0, n * 4) + SIMPLIFIED.slice(n * 4) + SIMPLIFIED.repeat(4));

  it.each(texts.map((t, i) => [i, t]))('text %i reads as OpenCC conversion says', (_i, text) => {
    expect(detectScript(text as string)).toBe(convertedScript(text as string));
  });

  it('tells a simplified text without loading OpenCC', () => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('opencc-js', () => {
        loaded = true;
        return jest.requireActual('opencc-js');
      });
      const isolated = require('./script') as typeof import('./script');
      expect(isolated.detectScript(SIMPLIFIED.repeat(60))).toBe('simplified');
      expect(loaded).toBe(false);
      expect(isolated.detectScript(TRADITIONAL.repeat(60))).toBe('traditional');
      expect(loaded).toBe(true);
    });
  });
});
