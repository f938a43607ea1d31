import type { Subject } from '@policy-graph/model';

// What a file's place in a known collection says about it: the body it reports on and its year.
// The corpus of work reports: 政府工作报告-国务院/<year>.md, 政府工作报告-省自治区/<province>/<year>.md,
// 政府工作报告-主要城市/<city>/<year>.md, 政府工作报告-其他地市/<city>/<year>.md.
export interface SourceHints {
  subject?: Subject | 'country';
  year?: number;
}

const EMPTY: Subject = { street: null, district: null, city: null, province: null, code: null };
const NATIONAL = /(?:^|\/)政府工作报告-国务院\/(\d{4})\.[a-z]+$/;
const REGIONAL = /(?:^|\/)政府工作报告-(省自治区|主要城市|其他地市)\/([^/]+)\/(\d{4})\.[a-z]+$/;

export function sourceHints(sourceKey: string): SourceHints {
  const national = NATIONAL.exec(sourceKey);
  if (national) return { subject: 'country', year: Number(national[1]) };
  const regional = REGIONAL.exec(sourceKey);
  if (!regional) return {};
  const [, kind, place, year] = regional;
  const subject = kind === '省自治区' ? { ...EMPTY, province: place, level: 'province' as const } : { ...EMPTY, city: place, level: 'city' as const };
  return { subject, year: Number(year) };
}
