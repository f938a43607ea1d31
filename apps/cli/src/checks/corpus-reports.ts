import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// The corpus folders whose subfolders are cities, one report file per year (2021.md, or 2021-08.md
// for a second one that year).
export const CITY_FOLDERS = ['政府工作报告-主要城市', '政府工作报告-其他地市'];

// Municipalities have a folder among the main cities, but the graph holds them as provinces (their
// division codes have two digits): they are no city-level body of the panel.
export const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市'];

/** Per city folder name, the number of report files per year, read from the file names. */
export function cityReports(corpus: string): Map<string, Map<number, number>> {
  const cities = new Map<string, Map<number, number>>();
  for (const folder of CITY_FOLDERS) {
    const dir = join(corpus, folder);
    const entries = readdirSync(dir, { withFileTypes: true });
    if (!entries.length) throw new Error(`${dir} is empty: is ${corpus} the unpacked corpus?`);
    for (const city of entries.filter((e) => e.isDirectory())) {
      const years = cities.get(city.name) ?? new Map<number, number>();
      for (const file of readdirSync(join(dir, city.name))) {
        const year = /^(\d{4})(?:-\d+)?\.\w+$/.exec(file)?.[1];
        if (year) years.set(Number(year), (years.get(Number(year)) ?? 0) + 1);
      }
      if (years.size) cities.set(city.name, years);
    }
  }
  return cities;
}
