import { toGraphML } from './graphml';
import { toCsv } from './csv';

describe('toGraphML', () => {
  const xml = toGraphML([
    { data: { id: 'a', label: '星动巴士 & <co>', type: 'Project' } },
    { data: { id: 'b', label: '全域创新', type: 'Slogan', years: [2019] } },
    { data: { id: 'ab', source: 'a', target: 'b', type: 'FULFILS', confidence: 0.9 } },
  ]);

  it('writes nodes, edges and keys with escaped values', () => {
    expect(xml).toContain('<node id="a"><data key="label">星动巴士 &amp; &lt;co&gt;</data>');
    expect(xml).toContain('<edge id="ab" source="a" target="b">');
    expect(xml).toContain('<data key="years">[2019]</data>');
    expect(xml).toContain('<key id="confidence" for="edge"');
    expect(xml).toMatch(/<key id="type" for="all"/);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and starts with a BOM', () => {
    const csv = toCsv(['name', 'years'], [['星桥街道', [2019, 2020]], ['a,"b"', null]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFname,years\r\n星桥街道,"[2019,2020]"\r\n"a,""b""",\r\n');
  });
});
