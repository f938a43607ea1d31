import { MappedTextBuilder, OffsetMap } from './offset-map';
import { CHANGING, RESIZING } from './script-tables';

export type Script = 'simplified' | 'traditional';

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

// OpenCC and its tables load at the first text that may be traditional: a simplified one never needs them.
function converter(): Convert {
  // Taiwan and Hong Kong tables cover the variants seen in mainland traditional-script copies
  toSimplified ??= (require('opencc-js') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
  return toSimplified;
}

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const SAMPLE = 1500;
// the share of Han characters that conversion changes in a traditional text
const TRADITIONAL_SHARE = 0.04;

/** One bit for each UTF-16 code unit of `units`. */
function unitSet(units: string): Uint8Array {
  const bits = new Uint8Array(0x10000 >> 3);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bits[unit >> 3] |= 1 << (unit & 7);
  }
  return bits;
}

const MAY_CHANGE = unitSet(CHANGING);
const MAY_RESIZE = unitSet(RESIZING);
const isIn = (bits: Uint8Array, unit: number) => (bits[unit >> 3] & (1 << (unit & 7))) !== 0;

/**
 * True when conversion cannot make the sample read as traditional: nothing in it takes part in a
 * conversion of another length, so the converted sample keeps its length and its offsets, and the
 * characters that conversion may change are too few to reach the traditional share even if all did.
 */
function plainlySimplified(sample: string): boolean {
  let han = 0;
  let changeable = 0;
  for (let i = 0; i < sample.length; i++) {
    const unit = sample.charCodeAt(i);
    if (isIn(MAY_RESIZE, unit)) return false;
    if ((unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)) han++;
    if (isIn(MAY_CHANGE, unit)) changeable++;
  }
  return !(han > 0 && changeable / han > TRADITIONAL_SHARE);
}

/** Traditional when a noticeable share of Han characters in a sample change under conversion. */
export function detectScript(text: string): Script {
  const middle = text.length >> 1;
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE) + text.slice(middle, middle + SAMPLE) : text;
  if (plainlySimplified(sample)) return 'simplified';
  const converted = converter()(sample);
  if (converted.length !== sample.length) return 'traditional';
  let han = 0;
  let changed = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(sample); m; m = HAN_RUN.exec(sample)) {
    han++;
    if (converted[m.index] !== m[0]) changed++;
  }
  return han > 0 && changed / han > TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}

// Chunks end at characters that never sit inside a dictionary phrase.
const CHUNK_BREAK = /[\s，。；：、！？“”‘’（）《》,.;:!?()"'\d]/;

/** Traditional → simplified with OpenCC, keeping a map back to the input offsets. */
export function convertToSimplified(text: string): { text: string; map: OffsetMap } {
  const convert = converter();
  const whole = convert(text);
  if (whole.length === text.length) return { text: whole, map: OffsetMap.identity(text.length) };
  const builder = new MappedTextBuilder(text.length);
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CHUNK_BREAK.test(text[i])) continue;
    const end = Math.min(i + 1, text.length);
    if (end <= start) continue;
    const chunk = text.slice(start, end);
    const out = convert(chunk);
    if (out.length === chunk.length) builder.copyAs(out, start);
    else builder.replace(out, start, end);
    start = end;
  }
  return builder.build();
}
