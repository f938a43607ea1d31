import * as OpenCC from 'opencc-js';

// Traditional (Taiwan/Hong Kong forms) to simplified, for names typed by users.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
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
