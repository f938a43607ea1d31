export interface Line {
  /** Offsets of the trimmed line. */
  start: number;
  end: number;
}

/** Non-empty lines with surrounding white space trimmed off, in order. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e });
    pos = nl + 1;
  }
  return lines;
}

// the form feed marks a page break (PDFs, scans): a line of its own that is no paragraph
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0x200b || code === 0xfeff;
}
