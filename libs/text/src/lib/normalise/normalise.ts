import { removePinyinGlosses } from './gloss';
import { OffsetMap } from './offset-map';
import { convertToSimplified, detectScript, Script } from './script';
import { joinWrappedLines } from './unwrap';
import { unifyWidth } from './width';

export interface NormalisedText {
  /** The text every later offset points into. */
  text: string;
  /** From offsets in `text` to offsets in the input string. */
  sourceMap: OffsetMap;
  /** The script the input was written in. */
  script: Script;
  glossesRemoved: number;
  /** Line breaks of a hard-wrapped text (a page's width) joined back into paragraphs. */
  linesJoined: number;
}

/** Pinyin glosses out, traditional → simplified, punctuation unified, wrapped lines joined; each step mapped back to the input. */
export function normaliseText(input: string): NormalisedText {
  const glossFree = removePinyinGlosses(input);
  const script = detectScript(glossFree.text);
  const simplified =
    script === 'traditional'
      ? convertToSimplified(glossFree.text)
      : { text: glossFree.text, map: OffsetMap.identity(glossFree.text.length) };
  const unwrapped = joinWrappedLines(unifyWidth(simplified.text));
  return {
    text: unwrapped.text,
    sourceMap: unwrapped.map.then(simplified.map.then(glossFree.map)),
    script,
    glossesRemoved: glossFree.removed,
    linesJoined: unwrapped.joined,
  };
}
