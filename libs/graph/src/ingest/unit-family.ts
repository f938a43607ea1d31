import { MAGNITUDES } from '@policy-graph/model';

// Base unit of a unit family, so figures compare across documents (36 万元 → 360000 元).

// Units that begin with a multiplier character yet are units of their own.
const WHOLE_UNITS = new Set(['千米', '千克', '千瓦', '千瓦时', '千伏', '千帕']);
const SYNONYMS: Record<string, string> = { 平方公里: '平方千米', 公里: '千米', 人民币: '元', 美金: '美元' };

export interface BaseQuantity {
  baseValue: number;
  baseUnit: string;
}

function splitMultiplier(unit: string): [number, string] {
  if (WHOLE_UNITS.has(unit)) return [1, unit];
  for (const [prefix, factor] of MAGNITUDES)
    if (unit.startsWith(prefix) && unit.length > prefix.length)
      return [factor, unit.slice(prefix.length)];
  return [1, unit];
}

export function toBaseUnit(value: number, rawUnit: string): BaseQuantity {
  const unit = rawUnit.normalize('NFKC').trim();
  const [factor, rest] = splitMultiplier(unit);
  const baseUnit = SYNONYMS[rest] ?? rest;
  return { baseValue: Number((value * factor).toPrecision(15)), baseUnit };
}
