import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';

// A stable text form of a property value: the same graph content gives the same string.
export function canonicalValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isInt(value)) return `i${value.toString()}`;
  if (typeof value === 'bigint') return `i${value.toString()}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `f${value}.0` : `f${value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(canonicalValue).join(',')}]`;
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value))
    return `t${String(value)}`;
  if (isPoint(value)) return `p${JSON.stringify(value)}`;
  if (ArrayBuffer.isView(value)) return `b${Buffer.from(value.buffer).toString('hex')}`;
  return canonicalMap(value as Record<string, unknown>, new Set());
}

export function canonicalMap(props: Record<string, unknown>, skip: ReadonlySet<string>): string {
  const keys = Object.keys(props).filter((k) => !skip.has(k)).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalValue(props[k])}`).join(',')}}`;
}
