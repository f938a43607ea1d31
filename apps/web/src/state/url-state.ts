import { FilterState } from '../graph/filters';

export type Lang = 'zh' | 'en';
export type LayoutName = 'fcose' | 'dagre' | 'concentric';
export type Tab = 'evidence' | 'body' | 'diffusion' | 'trace' | 'cypher' | 'document' | 'review' | 'upload';
export const TABS: readonly Tab[] = ['evidence', 'body', 'diffusion', 'trace', 'cypher', 'document', 'review', 'upload'];
/** The levels the diffusion view reads the hazard and the comparison at. */
export type HazardLevel = 'province' | 'city' | 'district' | 'street';
export const HAZARD_LEVELS: readonly HazardLevel[] = ['province', 'city', 'district', 'street'];
const LAYOUTS: readonly LayoutName[] = ['fcose', 'dagre', 'concentric'];

/** A stretch of a document's text, in offsets: [start, end). */
export interface DocSpan {
  start: number;
  end: number;
}

/** Everything a link must carry to reproduce the view. */
export interface ViewState {
  q: string;
  focus: string[];
  sel: string | null;
  filter: FilterState;
  year: number | null;
  slogan: string | null;
  /** The diffusion view's second slogan, drawn beside `slogan`. */
  compare: string | null;
  /** The level of the diffusion view's hazard and comparison; null: where the slogan was adopted most. */
  level: HazardLevel | null;
  layout: LayoutName;
  lang: Lang;
  tab: Tab;
  doc: string | null;
  /** The span of `doc` to highlight and scroll to. */
  span: DocSpan | null;
  /** The entity whose mention in `doc` was picked. */
  mention: string | null;
  /** The place (id) whose body page is open. */
  body: string | null;
  /** Nodes expanded after landing on `focus`, in order. */
  expanded: string[];
  /** Nodes hidden (or collapsed away) after that. */
  hidden: string[];
  /** The path traced between two entities (ids or names), drawn over the view. */
  trace: { from: string; to: string } | null;
  /** The Cypher console's query text. */
  query: string | null;
  /** The Cypher console's parameters (JSON text). */
  params: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  q: '',
  focus: [],
  sel: null,
  filter: { hiddenKinds: [], place: null, from: null, to: null },
  year: null,
  slogan: null,
  compare: null,
  level: null,
  layout: 'fcose',
  lang: 'zh',
  tab: 'evidence',
  doc: null,
  span: null,
  mention: null,
  body: null,
  expanded: [],
  hidden: [],
  trace: null,
  query: null,
  params: null,
};

function year(v: string | null): number | null {
  if (v === null || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}

function list(v: string | null): string[] {
  return v ? v.split(',').map(decodeURIComponent).filter(Boolean) : [];
}

// `from,to`: two ids, each URI-encoded.
function pair(v: string | null): { from: string; to: string } | null {
  const [from, to] = list(v);
  return from && to ? { from, to } : null;
}

// `120-128`: two offsets, the end past the start.
function span(v: string | null): DocSpan | null {
  const m = v?.match(/^(\d{1,9})-(\d{1,9})$/);
  if (!m || Number(m[2]) <= Number(m[1])) return null;
  return { start: Number(m[1]), end: Number(m[2]) };
}

function oneOf<T extends string>(v: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  const set = (k: string, val: string | number | null | undefined) => {
    if (val !== null && val !== undefined && val !== '') p.set(k, String(val));
  };
  set('q', v.q);
  set('focus', v.focus.map(encodeURIComponent).join(','));
  set('sel', v.sel);
  set('hide', v.filter.hiddenKinds.join(','));
  set('place', v.filter.place);
  set('from', v.filter.from);
  set('to', v.filter.to);
  set('year', v.year);
  set('slogan', v.slogan);
  set('compare', v.compare);
  set('level', v.level);
  if (v.layout !== DEFAULT_VIEW.layout) set('layout', v.layout);
  if (v.lang !== DEFAULT_VIEW.lang) set('lang', v.lang);
  if (v.tab !== DEFAULT_VIEW.tab) set('tab', v.tab);
  set('doc', v.doc);
  if (v.span) set('span', `${v.span.start}-${v.span.end}`);
  set('mention', v.mention);
  set('body', v.body);
  set('expand', v.expanded.map(encodeURIComponent).join(','));
  set('hidden', v.hidden.map(encodeURIComponent).join(','));
  if (v.trace) set('trace', [v.trace.from, v.trace.to].map(encodeURIComponent).join(','));
  set('cypher', v.query);
  set('params', v.params);
  return p.toString();
}

/** Reads a query string; anything malformed falls back to the default rather than failing. */
export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    q: p.get('q') ?? '',
    focus: list(p.get('focus')),
    sel: p.get('sel') || null,
    filter: {
      hiddenKinds: list(p.get('hide')),
      place: p.get('place') || null,
      from: year(p.get('from')),
      to: year(p.get('to')),
    },
    year: year(p.get('year')),
    slogan: p.get('slogan') || null,
    compare: p.get('compare') || null,
    level: HAZARD_LEVELS.includes(p.get('level') as HazardLevel) ? (p.get('level') as HazardLevel) : null,
    layout: oneOf(p.get('layout'), LAYOUTS, DEFAULT_VIEW.layout),
    lang: oneOf(p.get('lang'), ['zh', 'en'] as const, DEFAULT_VIEW.lang),
    tab: oneOf(p.get('tab'), TABS, DEFAULT_VIEW.tab),
    doc: p.get('doc') || null,
    span: span(p.get('span')),
    mention: p.get('mention') || null,
    body: p.get('body') || null,
    expanded: list(p.get('expand')),
    hidden: list(p.get('hidden')),
    trace: pair(p.get('trace')),
    query: p.get('cypher') || null,
    params: p.get('params') || null,
  };
}
