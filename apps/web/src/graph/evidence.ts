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
