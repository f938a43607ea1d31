/** Character statistics that tell real Chinese or Latin text from a wrong decode. */
export interface TextProfile {
  length: number;
  bad: number;
  foreign: number;
  hanzi: number;
  commonHanzi: number;
}

let commonSet: Set<number> | null = null;

function decodeGrid(label: string, leads: [number, number], trails: Array<[number, number]>): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  }
  return new TextDecoder(label).decode(Uint8Array.from(bytes));
}

/** GB2312 hanzi plus Big5 level 1: the characters of everyday simplified and traditional text. */
function commonHanziSet(): Set<number> {
  if (commonSet) return commonSet;
  const gb2312 = decodeGrid('gb18030', [0xb0, 0xf7], [[0xa1, 0xfe]]);
  const big5 = decodeGrid('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  commonSet = new Set([...gb2312, ...big5].map((ch) => ch.codePointAt(0) ?? 0));
  return commonSet;
}

// Scripts a Chinese government document may use: ASCII, Latin with pinyin tone marks, Greek/Cyrillic,
// punctuation and symbols, CJK punctuation, kana, bopomofo, hanzi, full-width forms, emoji.
const EXPECTED_RANGES: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x4ff], [0x2000, 0x27bf], [0x2e80, 0x2fdf],
  [0x3000, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xfe10, 0xfe4f], [0xfeff, 0xfeff],
  [0xff00, 0xffef], [0x1f000, 0x1faff], [0x20000, 0x3ffff],
];

function isBad(cp: number): boolean {
  const control = (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || (cp >= 0x7f && cp < 0xa0);
  return control || cp === 0xfffd || (cp >= 0xd800 && cp <= 0xf8ff);
}

function isExpected(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0d || EXPECTED_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

export function profileText(text: string): TextProfile {
  const common = commonHanziSet();
  const profile: TextProfile = { length: 0, bad: 0, foreign: 0, hanzi: 0, commonHanzi: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    profile.length++;
    if (isBad(cp)) profile.bad++;
    else if (!isExpected(cp)) profile.foreign++;
    if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x3ffff)) {
      profile.hanzi++;
      if (common.has(cp)) profile.commonHanzi++;
    }
  }
  return profile;
}

const MAX_BAD_SHARE = 0.01;
const MAX_FOREIGN_SHARE = 0.05;
const MIN_COMMON_HANZI_SHARE = 0.7;
const MIN_HANZI_FOR_SHARE = 20;

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
}

/** Why a decode is implausible, or null when it reads like real text. */
export function implausibility(profile: TextProfile, checkScripts = true): string | null {
  const { length, bad, foreign, hanzi, commonHanzi } = profile;
  if (bad > MAX_BAD_SHARE * length) return `${percent(bad, length)} replacement or control characters`;
  if (!checkScripts) return null;
  if (foreign > MAX_FOREIGN_SHARE * length) return `${percent(foreign, length)} characters from unexpected scripts`;
  if (hanzi >= MIN_HANZI_FOR_SHARE && commonHanzi < MIN_COMMON_HANZI_SHARE * hanzi) {
    return `only ${percent(commonHanzi, hanzi)} of its Chinese characters are in common use`;
  }
  return null;
}

/** Higher is more like real text; used to rank candidate decodes. */
export function plausibilityScore(profile: TextProfile): number {
  const rare = profile.hanzi - profile.commonHanzi;
  return (profile.length - 10 * profile.bad - 3 * profile.foreign - rare) / Math.max(profile.length, 1);
}
