// Which areas share a border, from their polygons. Two areas are neighbours when their boundaries
// run through the same grid cells for at least `minCells` cells: a shared edge, not a corner or a
// near miss across a strait. Boundaries of one source are traced from one topology, so neighbours'
// edges lie within a cell of each other even where their vertices differ.
export interface Area {
  code: string;
  /** Rings of every polygon, each a list of [longitude, latitude]. */
  rings: number[][][];
}

export interface BorderOptions {
  /** Side of a cell in degrees (1/128° ≈ 0.9 km north–south). */
  cell: number;
  /** Cells two boundaries must share. */
  minCells: number;
}

export const BORDER_OPTIONS: BorderOptions = { cell: 1 / 128, minCells: 3 };

export interface SharedBorder {
  a: string;
  b: string;
  cells: number;
}

// Cells a ring passes through, sampled at a quarter cell along each segment.
function ringCells(ring: number[][], cell: number, into: Set<string>): void {
  const step = cell / 4;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    const n = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / step));
    for (let k = 0; k <= n; k++) {
      const x = x0 + ((x1 - x0) * k) / n;
      const y = y0 + ((y1 - y0) * k) / n;
      into.add(`${Math.floor(x / cell)},${Math.floor(y / cell)}`);
    }
  }
}

export function sharedBorders(areas: Area[], options: BorderOptions = BORDER_OPTIONS): SharedBorder[] {
  const owners = new Map<string, string[]>();
  for (const area of areas) {
    const cells = new Set<string>();
    for (const ring of area.rings) ringCells(ring, options.cell, cells);
    for (const c of cells) {
      const list = owners.get(c);
      if (list) list.push(area.code);
      else owners.set(c, [area.code]);
    }
  }
  const counts = new Map<string, number>();
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    const unique = [...new Set(list)].sort();
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const key = `${unique[i]}|${unique[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  return [...counts]
    .filter(([, n]) => n >= options.minCells)
    .map(([key, cells]) => {
      const [a, b] = key.split('|');
      return { a, b, cells };
    })
    .sort((x, y) => (x.a === y.a ? x.b.localeCompare(y.b) : x.a.localeCompare(y.a)));
}

// Polygon or MultiPolygon coordinates as a flat list of rings.
export function ringsOf(geometry: { type: string; coordinates: unknown }): number[][][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as number[][][];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as number[][][][]).flat();
  return [];
}
