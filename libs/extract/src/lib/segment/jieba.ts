// The one module that touches nodejieba: its load() assigns globals and cut() splits numbers,
// so callers get words with offsets and take numbers from the text itself.
import * as path from 'node:path';
import type * as Jieba from 'nodejieba';
import { DOMAIN_WORDS } from './domain-words';

export interface Word {
  text: string;
  start: number;
  end: number;
  tag: string;
}

let nodejieba: typeof Jieba | undefined;

// load() also builds a keyword ranker from a 6 MB idf table and a stop-word list, which nothing here
// uses (segmentation and tagging never read them); a one-line table in their place saves a seventh
// of the load and leaves every word and tag as it was.
const UNUSED_KEYWORD_TABLE = path.join(__dirname, 'keyword-stub.utf8');

// The native module and its dictionaries load at the first segmentation, so what imports the
// extraction library without segmenting (most kg commands, the API) does not wait for them.
function ensureLoaded(): typeof Jieba {
  if (nodejieba) return nodejieba;
  const jieba = require('nodejieba') as typeof Jieba;
  jieba.load({ idfDict: UNUSED_KEYWORD_TABLE, stopWordDict: UNUSED_KEYWORD_TABLE });
  for (const word of DOMAIN_WORDS) jieba.insertWord(word, 'n');
  return (nodejieba = jieba);
}

/** Raw segmentation, as the benchmark's baseline. */
export function cutRaw(text: string): string[] {
  return ensureLoaded().cut(text, false);
}

/** Words of text[start, end) with part-of-speech tags and offsets into text; fails loudly if the words do not rebuild the span. */
export function tagWords(text: string, start: number, end: number): Word[] {
  const jieba = ensureLoaded();
  const span = text.slice(start, end);
  const words: Word[] = [];
  let pos = start;
  for (const { word, tag } of jieba.tag(span)) {
    const at = text.indexOf(word, pos);
    if (at !== pos) throw new Error(`segmentation does not rebuild the text at offset ${pos}`);
    words.push({ text: word, start: pos, end: pos + word.length, tag });
    pos += word.length;
  }
  if (pos !== end) throw new Error(`segmentation stopped at ${pos} before ${end}`);
  return words;
}

/** Words of many spans of one text, tagged in one call to the segmenter. */
export interface TaggedSpans {
  /** the words of text[start, end), if that span was tagged */
  get(start: number, end: number): Word[] | undefined;
}

/**
 * Tags many short spans of text at once. Crossing into the native segmenter costs more than
 * tagging ten characters, and a newline cuts a sentence for it, so spans joined by newlines come
 * back as the words each gives alone. A span whose words do not rebuild it (and every span after
 * it) is left out: tagWords then tags it alone and reports the fault as before.
 */
export function tagSpans(text: string, spans: readonly (readonly [number, number])[]): TaggedSpans {
  const bySpan = new Map<string, Word[]>();
  const lookup: TaggedSpans = { get: (start, end) => bySpan.get(`${start}:${end}`) };
  if (!spans.length) return lookup;
  const tagged = ensureLoaded().tag(spans.map(([start, end]) => text.slice(start, end)).join('\n'));
  let k = 0;
  for (const [start, end] of spans) {
    const words: Word[] = [];
    let pos = start;
    while (pos < end && k < tagged.length) {
      const { word, tag } = tagged[k++];
      if (!text.startsWith(word, pos)) return lookup;
      words.push({ text: word, start: pos, end: pos + word.length, tag });
      pos += word.length;
    }
    if (pos !== end) return lookup;
    bySpan.set(`${start}:${end}`, words);
    if (k < tagged.length && tagged[k++].word !== '\n') return lookup;
  }
  return lookup;
}

