import { MappedTextBuilder, OffsetMap } from './offset-map';

// A pinyin syllable in parentheses right after a Han character, as left by bad converters: 機(jī)遇.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const GLOSS = new RegExp(`[(（]([a-z${TONED}]{1,7})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function isGloss(text: string, start: number, syllable: string): boolean {
  if (start === 0 || !HAN.test(text[start - 1])) return false;
  return HAS_TONE.test(syllable);
}

/** Drops pinyin glosses such as 機(jī) → 機 and maps offsets back to the input. */
export function removePinyinGlosses(text: string): { text: string; map: OffsetMap; removed: number } {
  const builder = new MappedTextBuilder(text.length);
  let last = 0;
  let removed = 0;
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m; m = GLOSS.exec(text)) {
    if (!isGloss(text, m.index, m[1])) continue;
    builder.copy(text, last, m.index);
    last = m.index + m[0].length;
    removed++;
  }
  if (removed === 0) return { text, map: OffsetMap.identity(text.length), removed };
  builder.copy(text, last, text.length);
  return { ...builder.build(), removed };
}
