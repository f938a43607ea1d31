import type { MapLevel } from './diffusion-api';
import type { RegionProps } from './regions';

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: RegionProps; geometry: unknown }[];
}

const cache = new Map<string, Promise<BoundaryCollection>>();

function fetchJson(path: string): Promise<BoundaryCollection> {
  const known = cache.get(path);
  if (known) return known;
  const loading = fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json() as Promise<BoundaryCollection>;
  });
  cache.set(path, loading);
  loading.catch(() => cache.delete(path));
  return loading;
}

/**
 * The boundaries drawn at a level (scripts/web-boundaries.js writes them): China by province or by
 * city; by district, only the provinces given (a file each), as China's 3,000 counties are too many.
 */
export async function boundaries(level: MapLevel, provinces: string[]): Promise<BoundaryCollection> {
  if (level !== 'district') return fetchJson(`/boundaries/${level}.json`);
  const files = await Promise.all(provinces.map((p) => fetchJson(`/boundaries/district/${p}.json`).catch(() => null)));
  return { type: 'FeatureCollection', features: files.flatMap((f) => f?.features ?? []) };
}
