// Traditional (Taiwan/Hong Kong forms) to simplified, for names typed by users; OpenCC's tables load
// with the first name typed, after the API has started.
let converter: ((s: string) => string) | undefined;
const toSimplified = (s: string) => (converter ??= (require('opencc-js') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' }))(s);
const ROMAN = /^[a-z' ]+$/;

export interface UserText {
  chinese: string | null;
  romanised: string | null;
}

// Full-width to half-width, trimmed, traditional to simplified; latin input kept apart as pinyin.
export function readUserText(input: string): UserText {
  const text = input.normalize('NFKC').trim();
  if (!text) return { chinese: null, romanised: null };
  const lower = text.toLowerCase();
  if (ROMAN.test(lower)) return { chinese: null, romanised: lower.replace(/[' ]/g, '') };
  return { chinese: toSimplified(text), romanised: null };
}

export const simplifiedName = (input: string) => readUserText(input).chinese ?? input.trim();
