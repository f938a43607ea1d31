import * as OpenCC from 'opencc-js';
import { MappedTextBuilder, OffsetMap } from './offset-map';

export type Script = 'simplified' | 'traditional';

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

function converter(): Convert {
  // Taiwan and Hong Kong tables cover the variants seen in mainland traditional-script copies
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified;
}

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const SAMPLE = 1500;

/** Traditional when a noticeable share of Han characters in a sample change under conversion. */
export function detectScript(text: string): Script {
  const middle = text.length >> 1;
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE) + text.slice(middle, middle + SAMPLE) : text;
  const converted = converter()(sample);
  if (converted.length !== sample.length) return 'traditional';
  let han = 0;
  let changed = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(sample); m; m = HAN_RUN.exec(sample)) {
    han++;
    if (converted[m.index] !== m[0]) changed++;
  }
  return han > 0 && changed / han > 0.04 ? 'traditional' : 'simplified';
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
