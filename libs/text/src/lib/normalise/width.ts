// One-for-one punctuation and width unification: offsets do not move.
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u201c\u201d]/;
const TO_FULL: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', ':': '：' };
const FIXED: Record<string, string> = {
  '\u3000': ' ', '\u00a0': ' ', '％': '%', '．': '.', '－': '-', '～': '~', '＋': '+', '／': '/',
  '\r': ' ', '\u200b': ' ', '\ufeff': ' ', '•': '·', '‧': '·', '・': '·', '∙': '·', '＊': '*',
};
const PATTERN = /[\r\u200b\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0％．－～＋／•‧・∙＊,;!?():]/g;

function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && HAN.test(text[i]);
}

function convert(text: string, ch: string, i: number): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0);
  const fixed = FIXED[ch];
  if (fixed) return fixed;
  // ASCII punctuation becomes full-width only inside Chinese text, so 1,000 and 14:44 survive
  if (ch === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return ch;
  if (isHanAt(text, i - 1) || isHanAt(text, i + 1) || (ch === '(' && isHanAt(text, i + 2)) || (ch === ')' && isHanAt(text, i - 2))) {
    return TO_FULL[ch] ?? ch;
  }
  return ch;
}

/** Full-width letters and digits to ASCII, Chinese punctuation to full width, one unit for one. */
export function unifyWidth(text: string): string {
  PATTERN.lastIndex = 0;
  return text.replace(PATTERN, (ch: string, i: number) => convert(text, ch, i));
}
