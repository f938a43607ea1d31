import { createHash } from 'node:crypto';
import type { Extraction, Outcome, Subject } from '@policy-graph/model';

export interface HandDocument {
  text: string;
  year: number;
  subject: Partial<Subject>;
  slogans?: { name: string; aliases?: string[]; parts?: string[]; origin?: 'province' | 'city' | 'district' | 'street' }[];
  projects?: string[];
  outcomes?: Pick<Outcome, 'value' | 'unit' | 'status' | 'metric' | 'text' | 'project'>[];
  fulfils?: [string, string][];
}

function spans(text: string, name: string) {
  const at = text.indexOf(name);
  return at < 0 ? [] : [{ start: at, end: at + name.length }];
}

// An extraction written by hand for a short text, spans found in the text: for testing the writer
// and the queries on cases the seeds do not contain.
export function handExtraction(doc: HandDocument): Extraction {
  const text = doc.text;
  return {
    document: { file: `hand-${doc.year}.txt`, sha256: createHash('sha256').update(text).digest('hex'), title: null, date: null, year: doc.year, script: 'simplified', text },
    subject: { street: null, district: null, city: null, province: null, code: null, ...doc.subject },
    slogans: (doc.slogans ?? []).map((s) => ({ name: s.name, aliases: s.aliases ?? [], parts: s.parts ?? [], origin: s.origin ?? null, mentions: spans(text, s.name) })),
    projects: (doc.projects ?? []).map((name) => ({ name, aliases: [], mentions: spans(text, name) })),
    outcomes: (doc.outcomes ?? []).map((o) => ({ ...o, mentions: spans(text, o.text) })),
    relations: (doc.fulfils ?? []).map(([from, to]) => ({ type: 'FULFILS' as const, from, to, confidence: 0.9, evidence: { start: 0, end: text.length } })),
  };
}
