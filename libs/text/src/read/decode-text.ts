import { ReadError } from './read-error';
import { implausibility, plausibilityScore, profileText } from './text-profile';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const BOMS: Array<{ bytes: number[]; encoding: TextEncoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  const bom = BOMS.find((candidate) => candidate.bytes.every((b, i) => bytes[i] === b));
  return bom ? bom.encoding : null;
}

function strictDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWithBom(bytes: Uint8Array, encoding: TextEncoding, fileName: string): DecodedText {
  const text = strictDecode(bytes, encoding);
  const problem = text === null ? 'invalid byte sequences' : implausibility(profileText(text), false);
  if (text === null || problem) {
    throw new ReadError('UNDECODABLE', fileName, `starts with a ${encoding.toUpperCase()} byte-order mark but does not decode as ${encoding.toUpperCase()} (${problem})`);
  }
  return { text, encoding };
}

interface Candidate extends DecodedText {
  problem: string | null;
  score: number;
}

function candidate(bytes: Uint8Array, encoding: TextEncoding): Candidate {
  const text = new TextDecoder(encoding).decode(bytes);
  const profile = profileText(text);
  return { text, encoding, problem: implausibility(profile), score: plausibilityScore(profile) };
}

function bestGuess(bytes: Uint8Array, fileName: string): DecodedText {
  const encodings: TextEncoding[] = bytes.length % 2 === 0 ? ['gb18030', 'utf-16le', 'utf-16be'] : ['gb18030'];
  const candidates = encodings.map((encoding) => candidate(bytes, encoding)).sort((a, b) => b.score - a.score);
  const plausible = candidates.find((c) => c.problem === null);
  if (plausible) return { text: plausible.text, encoding: plausible.encoding };
  const reasons = candidates.map((c) => `as ${c.encoding.toUpperCase()}: ${c.problem}`).join('; ');
  throw new ReadError('UNDECODABLE', fileName, `is not valid UTF-8 and no other encoding gives plausible text (${reasons})`);
}

/**
 * Decodes text bytes: a byte-order mark decides; else a declared charset (from an HTML
 * meta tag) if it gives plausible text; else UTF-8 if valid; else the most plausible of
 * GB18030 and UTF-16 LE/BE. Never returns mojibake: implausible input is a ReadError.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared: TextEncoding | null = null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWithBom(bytes, bom, fileName);
  if (declared) {
    const text = strictDecode(bytes, declared);
    if (text !== null && implausibility(profileText(text)) === null) return { text, encoding: declared };
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null && implausibility(profileText(utf8), false) === null) return { text: utf8, encoding: 'utf-8' };
  return bestGuess(bytes, fileName);
}
