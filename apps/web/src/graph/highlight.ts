export interface Span {
  start: number;
  end: number;
  cls: string;
}

export interface Segment {
  text: string;
  cls: string | null;
  start: number;
}

/** Cuts text into plain and marked segments; overlapping spans keep the earlier one. */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans].filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), cls: null, start: at });
    out.push({ text: text.slice(s.start, s.end), cls: s.cls, start: s.start });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), cls: null, start: at });
  return out;
}
