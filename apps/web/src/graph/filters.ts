import { ElementData } from './types';
import { elementYears, nodeKind } from './elements';

export interface FilterState {
  hiddenKinds: string[];
  /** A district or city name; nodes that carry a district/city must match it. */
  place: string | null;
  from: number | null;
  to: number | null;
}

export const EMPTY_FILTER: FilterState = { hiddenKinds: [], place: null, from: null, to: null };

// Nodes that name their district/city must match; slogans, documents etc. carry none and pass.
function matchesPlace(data: ElementData, place: string): boolean {
  const within = Array.isArray(data.within) ? data.within : [];
  const scope = [data.district, data.city, data.province, ...within].filter(Boolean).map(String);
  return !scope.length || scope.includes(place) || data.label === place || data.name === place;
}

function matchesYears(data: ElementData, from: number | null, to: number | null): boolean {
  const years = elementYears(data);
  if (!years.length) return true;
  return years.some((y) => (from === null || y >= from) && (to === null || y <= to));
}

/** Whether a node passes the filter; elements without years or places are never filtered by them. */
export function nodeVisible(data: ElementData, filter: FilterState): boolean {
  if (filter.hiddenKinds.includes(nodeKind(data))) return false;
  if (filter.place && !matchesPlace(data, filter.place)) return false;
  return matchesYears(data, filter.from, filter.to);
}

export function edgeVisible(data: ElementData, filter: FilterState): boolean {
  return matchesYears(data, filter.from, filter.to);
}

export function isFiltering(filter: FilterState): boolean {
  return filter.hiddenKinds.length > 0 || !!filter.place || filter.from !== null || filter.to !== null;
}
