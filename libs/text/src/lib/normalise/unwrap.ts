import { MappedTextBuilder, OffsetMap } from './offset-map';

// Text copied out of a PDF, or read from a scan, keeps the page's line breaks: a sentence, and the
// name inside it, runs on from one line into the next (习近平新时代中\n国特色社会主义思想). Such a text
// has many lines of one width, the width of the page; a line that fills it and does not end a
// sentence runs on into the next line, unless that line starts a heading or is indented.

const MIN_FULL_WIDTH = 24;
// how much shorter than the page a line may be and still fill it (a wide character, a comma)
const SLACK = 4;
const SENTENCE_END = /[。！？；：!?;:…]["”’）)]?\s*$/;
const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节部分条]|[一二三四五六七八九十]是)/;
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Display width: a Chinese character or a full-width sign takes two columns, ASCII one. */
const WIDE_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2026]);

function displayWidth(line: string): number {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let width = 0;
  for (let i = 0; i < end; i++) {
    const code = line.charCodeAt(i);
    width += code >= 0x2e80 || WIDE_MARKS.has(code) ? 2 : 1;
  }
  return width;
}

/** The page width of a hard-wrapped text, or null when its lines are paragraphs already. */
function pageWidth(widths: number[]): number | null {
  const long = widths.filter((w) => w >= MIN_FULL_WIDTH);
  const nonEmpty = widths.filter((w) => w > 0).length;
  let best: number | null = null;
  let bestCount = 0;
  for (const w of new Set(long)) {
    const count = long.filter((x) => x <= w && x >= w - SLACK).length;
    if (count > bestCount || (count === bestCount && best !== null && w > best)) [best, bestCount] = [w, count];
  }
  // most lines of the text end at one width, and nothing runs far past it
  if (best === null || bestCount < 4 || bestCount < 0.4 * nonEmpty) return null;
  const wider = long.filter((w) => w > best + SLACK).length;
  return wider <= 0.1 * bestCount ? best : null;
}

/** Joins lines broken at the page's width back into their paragraphs; offsets map to the input. */
export function joinWrappedLines(text: string): { text: string; map: OffsetMap; joined: number } {
  const lines = text.split('\n');
  const width = pageWidth(lines.map(displayWidth));
  if (width === null) return { text, map: OffsetMap.identity(text.length), joined: 0 };
  const builder = new MappedTextBuilder(text.length);
  let at = 0;
  let joined = 0;
  lines.forEach((line, i) => {
    builder.copy(text, at, at + line.length);
    const breakAt = at + line.length;
    at = breakAt + 1;
    if (i === lines.length - 1) return;
    const next = lines[i + 1];
    const runsOn = displayWidth(line) >= width - SLACK && !SENTENCE_END.test(line) && next.trim() !== '' && !/^\s/.test(next) && !HEADING_START.test(next);
    if (!runsOn) builder.copy(text, breakAt, breakAt + 1);
    else {
      joined++;
      // Latin words and numbers broken apart keep a space between them; Chinese runs straight on
      if (LATIN_END.test(line.trimEnd()) && LATIN_START.test(next)) builder.replace(' ', breakAt, breakAt + 1);
      else builder.replace('', breakAt, breakAt + 1);
    }
  });
  if (joined === 0) return { text, map: OffsetMap.identity(text.length), joined: 0 };
  return { ...builder.build(), joined };
}
