import type { Span } from '@policy-graph/model';
import { romanize } from './romanize';

// One Slogan or Project as a document refers to it, with its mentions merged.
export interface EntityRow {
  id: string;
  name: string;
  pinyin: string;
  initials: string;
  starts: number[];
  ends: number[];
  /** the page of each mention, in a document with pages */
  pages?: number[] | null;
  aliases: string[];
  kind: string | null;
  origin: string | null;
  bodyId: string | null;
  /** the extraction rule that found it in this document, and how sure it was (the highest of its entries) */
  rule?: string | null;
  confidence?: number | null;
  /** false when a reviewer said the document's subject does not adopt this slogan */
  adopts?: false;
}

// Merges the entries of one document that resolve to the same entity.
export class EntityCollector {
  private readonly rows = new Map<string, EntityRow>();
  private readonly lookup = new Map<string, string>();

  constructor(private readonly makeId: (name: string) => string) {}

  add(name: string, surfaces: string[], spans: Span[], extra: Partial<EntityRow> = {}): string {
    const id = this.makeId(name);
    const row = this.rows.get(id) ?? this.create(id, name);
    const pairs = row.starts.map((s, i) => `${s}:${row.ends[i]}`);
    for (const span of spans) {
      if (pairs.includes(`${span.start}:${span.end}`)) continue;
      row.starts.push(span.start);
      row.ends.push(span.end);
    }
    const aliases = new Set(row.aliases);
    for (const s of surfaces) if (s && s !== name) aliases.add(s);
    row.aliases = [...aliases].sort();
    row.kind ??= extra.kind ?? null;
    row.origin ??= extra.origin ?? null;
    if (extra.confidence != null && (row.confidence == null || extra.confidence > row.confidence)) {
      row.confidence = extra.confidence;
      row.rule = extra.rule ?? null;
    }
    for (const s of [name, ...surfaces]) if (!this.lookup.has(s)) this.lookup.set(s, id);
    return id;
  }

  private create(id: string, name: string): EntityRow {
    const row: EntityRow = { id, name, ...romanize(name), starts: [], ends: [], aliases: [], kind: null, origin: null, bodyId: null };
    this.rows.set(id, row);
    return row;
  }

  find(name: string): string | undefined {
    return this.lookup.get(name);
  }

  list(): EntityRow[] {
    return [...this.rows.values()].map((r) => sortSpans(r));
  }
}

function sortSpans(row: EntityRow): EntityRow {
  const order = row.starts.map((_, i) => i).sort((a, b) => row.starts[a] - row.starts[b] || row.ends[a] - row.ends[b]);
  return { ...row, starts: order.map((i) => row.starts[i]), ends: order.map((i) => row.ends[i]) };
}
