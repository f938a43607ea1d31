// Boundary changes the current gazetteer no longer shows: places that moved to another
// parent in a given year, and parents that were abolished. Extend as the data asks.
export interface BoundaryChange {
  year: number; // first year under the new parent
  fromParent: string; // code of the parent until year - 1
  toParent: string; // code of the parent since year
  children: string[]; // codes of the places that moved
}

export interface FormerPlace {
  code: string;
  name: string;
  level: 'district';
  parentCode: string;
  until: number;
}

// 2021 Hangzhou re-division: 余杭区 split (临平区 created), 钱塘区 from 萧山区 and 江干区.
export const FORMER_PLACES: FormerPlace[] = [
  { code: '330104', name: '江干区', level: 'district', parentCode: '3301', until: 2020 },
  { code: '330103', name: '下城区', level: 'district', parentCode: '3301', until: 2020 },
];

export const BOUNDARY_CHANGES: BoundaryChange[] = [
  {
    year: 2021,
    fromParent: '330110',
    toParent: '330113',
    children: ['330113001', '330113002', '330113003', '330113004', '330113005', '330113006', '330113007', '330113100'],
  },
  {
    year: 2021,
    fromParent: '330109',
    toParent: '330114',
    children: ['330114003', '330114004', '330114005', '330114006', '330114007'],
  },
  { year: 2021, fromParent: '330104', toParent: '330114', children: ['330114001', '330114002'] },
];
