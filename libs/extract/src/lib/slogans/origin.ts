import type { AdminLevel } from '@policy-graph/model';

// Who launched a slogan, from the words right before its opening quote: 区委“一心四区”, 市“东部中心”.
const ORIGINS: [RegExp, AdminLevel][] = [
  [/(省委|省政府|省)(?:委省政府|提出的|部署的|的)?$/, 'province'],
  [/(市委|市政府|(?<![城都超门夜集])市)(?:委市政府|提出的|部署的|的)?$/, 'city'],
  [/(区委|区政府|县委|县政府|(?<![社园城小片景街新矿湾])区|县)(?:委区政府|提出的|部署的|的)?$/, 'district'],
  [/(街道党工委|街道)(?:提出的|的)?$/, 'street'],
];

export function originBefore(text: string, quoteStart: number): AdminLevel | null {
  const before = text.slice(Math.max(0, quoteStart - 8), quoteStart);
  if (/全(省|市|区|县)$|(城|都)市$/.test(before)) return null;
  for (const [re, level] of ORIGINS) if (re.test(before)) return level;
  return null;
}
