import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and starts with a BOM', () => {
    const csv = toCsv(['name', 'years'], [['星桥街道', [2019, 2020]], ['a,"b"', null]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFname,years\r\n星桥街道,"[2019,2020]"\r\n"a,""b""",\r\n');
  });
});
