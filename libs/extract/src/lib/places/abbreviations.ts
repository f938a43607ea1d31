import type { Subject } from '@policy-graph/model';

// One-character names of provinces and big cities, used when every place name is redacted:
// 来深建设者 → 深圳, 辐射粤东 → 广东.
const CITY_ABBR: Record<string, [string, string]> = {
  深: ['深圳市', '广东省'], 穗: ['广州市', '广东省'], 杭: ['杭州市', '浙江省'], 甬: ['宁波市', '浙江省'],
  厦: ['厦门市', '福建省'], 榕: ['福州市', '福建省'], 蓉: ['成都市', '四川省'], 汉: ['武汉市', '湖北省'],
};
const PROVINCE_ABBR: Record<string, string> = {
  粤: '广东省', 浙: '浙江省', 苏: '江苏省', 闽: '福建省', 鲁: '山东省', 皖: '安徽省', 赣: '江西省', 湘: '湖南省',
  鄂: '湖北省', 豫: '河南省', 冀: '河北省', 晋: '山西省', 陕: '陕西省', 川: '四川省', 黔: '贵州省', 滇: '云南省', 桂: '广西壮族自治区',
};
const CITY_CUES = /来([深穗杭甬厦榕蓉汉])(?:建设者|务工|人员|创业|就业|工作)/g;
const PROVINCE_CUES = /([粤浙苏闽鲁皖赣湘鄂豫冀晋陕川黔滇桂])(?:东|西|南|北|中)?(?:地区|大地|全省)/g;

function mostFrequent(text: string, re: RegExp): string | null {
  const counts = new Map<string, number>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function subjectFromAbbreviations(text: string): Subject | null {
  const city = mostFrequent(text, CITY_CUES);
  if (city) {
    const [cityName, province] = CITY_ABBR[city];
    return { street: null, district: null, city: cityName, province, code: null, level: 'city' };
  }
  const province = mostFrequent(text, PROVINCE_CUES);
  return province ? { street: null, district: null, city: null, province: PROVINCE_ABBR[province], code: null, level: 'province' } : null;
}
