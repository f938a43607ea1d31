// Arabic and Chinese numerals as written in reports: 4521.3, 1,000, 三十五, 两千, 1.2万.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral such as 三十五 or 两千三百, or null when it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = digit === null ? DIGITS[ch] : digit * 10 + DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch in BIG_UNITS) {
      total = (total + section + (digit ?? 0)) * BIG_UNITS[ch];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Value of an Arabic numeral with optional thousands separators, or null. */
export function parseArabicNumeral(s: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** Either kind of numeral. */
export function parseNumeral(s: string): number | null {
  return parseArabicNumeral(s) ?? parseChineseNumeral(s);
}
