import { ElementData } from './types';

/** A pointer to supporting text: a span in a document, or a sentence alone. */
export interface EvidenceRef {
  documentId: string | null;
  start: number | null;
  end: number | null;
  text: string | null;
}

const MAX_REFS = 6;

function prop(data: ElementData, key: string): unknown {
  const props = (data.properties ?? {}) as Record<string, unknown>;
  return data[key] ?? props[key];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length ? v : null;
}

/** An outcome's id is `<document sha256>:<offset>`. */
function outcomeDocument(data: ElementData): string | null {
  return /^[0-9a-f]{64}:\d+$/.test(data.id) ? data.id.split(':')[0] : null;
}

/** Evidence an element carries itself: a span, parallel start/end lists, or source documents. */
export function evidenceRefs(data: ElementData): EvidenceRef[] {
  const documentId = str(prop(data, 'documentId')) ?? str(prop(data, 'document')) ?? outcomeDocument(data);
  const text = str(prop(data, 'evidence')) ?? (data.type === 'Outcome' ? str(prop(data, 'text')) : null);
  const start = num(prop(data, 'start'));
  const end = num(prop(data, 'end'));
  if (start !== null || text) return [{ documentId, start, end, text }];
  const starts = prop(data, 'starts');
  const ends = prop(data, 'ends');
  if (Array.isArray(starts) && Array.isArray(ends) && documentId) {
    return starts.slice(0, MAX_REFS).map((s, i) => ({ documentId, start: num(s), end: num(ends[i]), text: null }));
  }
  const documents = prop(data, 'documents');
  if (Array.isArray(documents)) {
    return documents.slice(0, MAX_REFS).map((d) => ({ documentId: String(d), start: null, end: null, text: null }));
  }
  return [];
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around [start, end) split so the span can be highlighted. */
export function sentenceAround(text: string, start: number, end: number): { before: string; span: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]) && s - from < 300) from--;
  let to = e;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '') && to - e < 300) to++;
  return { before: text.slice(from, s).trimStart(), span: text.slice(s, e), after: text.slice(e, to).trimEnd() };
}

/** Evidence longer than this is more than a sentence: it is narrowed to the sentence that matters. */
export const LONG_EVIDENCE = 160;
const ANY_END = /[。！？!?；;\n]/;

/**
 * A span that is a section rather than a sentence, narrowed: to the first place in it that names one
 * of `names` (the sentence around it is then shown), else to its first sentence.
 */
export function narrowSpan(text: string, start: number, end: number, names: readonly string[]): { start: number; end: number } {
  const inside = text.slice(start, end);
  if (inside.length <= LONG_EVIDENCE && !ANY_END.test(inside.slice(0, -1))) return { start, end };
  // the span's sentences with their offsets; the first naming every name wins, else the first naming one
  const sentences: { at: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    if (!ANY_END.test(inside[i]) && i < inside.length - 1) continue;
    sentences.push({ at: from, text: inside.slice(from, i + 1) });
    from = i + 1;
  }
  const present = (x: { text: string }) => names.filter((n) => x.text.includes(n));
  const best = sentences.find((x) => names.length > 0 && present(x).length === names.length) ?? sentences.find((x) => present(x).length > 0);
  if (best) {
    const name = present(best)[0];
    const at = start + best.at + best.text.indexOf(name);
    return { start: at, end: at + name.length };
  }
  const first = sentences[0] ?? { at: 0, text: inside };
  return { start, end: start + Math.min(first.text.length, LONG_EVIDENCE) };
}

/** Whether the sentence around a mention is running text (ends like a sentence, long enough), not a heading or page chrome. */
export function isRunningText(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const whole = (s.before + s.span + s.after).trim();
  return whole.length >= 20 && /[。！？!?；;]$/.test(whole);
}
