// Every GraphQL operation the explorer sends, in one place, with the shapes it reads back.
import { gql } from './client';
import type { ElementData } from '../graph/types';

export type EntityType = 'Slogan' | 'Project' | 'Place' | 'Document' | 'Outcome';

export interface SearchFacts {
  level: string | null;
  parent: string | null;
  body: string | null;
  adopters: number;
  firstYear: number | null;
  projects: number;
  documents: number;
  status: string | null;
  year: number | null;
  subject: string | null;
}

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
  score: number;
  matchedOn: string;
  context: string | null;
  facts?: SearchFacts | null;
}

export interface ApiGraph {
  nodes: { data: ElementData }[];
  edges: { data: ElementData }[];
}

export interface NeighbourhoodResult {
  elements: ApiGraph;
  capped: boolean;
  counts: { nodes: number; edges: number; totalNodes: number; totalEdges: number };
}

export interface PlaceRef {
  id: string;
  name: string;
  level: string | null;
}

export interface Adopter {
  body: PlaceRef;
  level: string | null;
  district: string | null;
  city: string | null;
  province: string | null;
  years: number[];
  firstYear: number | null;
  /** Years the body reported at all: a report year without the slogan is "not adopted", a year without a report is unknown. */
  reportYears?: number[] | null;
}

export interface DiffusionResult {
  slogan: { id: string; name: string };
  totalAdopters: number;
  years: { year: number; cumulative: number; newAdopters: PlaceRef[] }[];
  firstAdopters: Adopter[];
  adopters: Adopter[];
}

export interface Evidence {
  source: string;
  documentId: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
}

/** An entity on a path; `level` for a place (street, district, city, province). */
export interface TraceNode {
  id: string;
  name: string;
  type: string;
  level?: string | null;
}

export interface TraceResult {
  from: TraceNode;
  to: TraceNode;
  paths: {
    length: number;
    nodes: TraceNode[];
    /** `reversed`: the relationship points from `to` to `from`, against the path. */
    steps: { from: string; to: string; type: string; reversed?: boolean; evidence: Evidence[] }[];
  }[];
}

export interface Mention {
  entityId: string;
  type: string;
  name: string;
  start: number;
  end: number;
}

export interface DocumentResult {
  id: string;
  title: string | null;
  file: string;
  date: string | null;
  year: number | null;
  text: string;
  /** pages of a PDF or a scan (a form feed separates them in the text); null without pages */
  pageCount?: number | null;
  /** pages whose text was read by OCR */
  ocrPages?: number[] | null;
  mentions: Mention[];
  /** The places the document is about. */
  subjects?: { id: string; name: string }[];
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  /** the first row's place in the whole result, for a page (0 otherwise) */
  offset: number;
  /** rows of the whole result, for a page; null otherwise */
  totalCount: number | null;
  truncated: boolean;
  /** ROWS or BYTES: which limit cut the answer */
  truncatedBy: 'ROWS' | 'BYTES' | null;
  rowLimit: number;
  elements: ApiGraph;
  durationMs: number;
}

export interface SavedQuery {
  name: string;
  description: string | null;
  descriptionZh: string | null;
  params: string[];
  columns: string[];
  cypher: string;
}

const GRAPH = `nodes { data { id label type level years properties } } edges { data { id source target label type years properties } }`;

/** Entities whose name, alias, pinyin or initials match; `types` narrows them (every type when left out). */
export async function search(text: string, signal?: AbortSignal, types?: readonly EntityType[]): Promise<SearchHit[]> {
  const q = `query Search($text: String!, $types: [EntityType!]) { search(text: $text, limit: 12, types: $types) { id type name score matchedOn context facts { level parent body adopters firstYear projects documents status year subject } } }`;
  return (await gql<{ search: SearchHit[] }>(q, { text, types: types ?? null }, signal)).search;
}

export async function neighbourhood(ids: string[], limit: number, depth = 1): Promise<NeighbourhoodResult> {
  const q = `query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit) { capped counts { nodes edges totalNodes totalEdges } elements { ${GRAPH} } } }`;
  return (await gql<{ neighbourhood: NeighbourhoodResult }>(q, { ids, depth, limit })).neighbourhood;
}

export async function diffusion(slogan: string): Promise<DiffusionResult> {
  const place = 'id name level';
  const adopter = `body { ${place} } level district city province years firstYear reportYears`;
  const q = `query Diffusion($slogan: String!) { diffusion(slogan: $slogan) {
    slogan { id name } totalAdopters years { year cumulative newAdopters { ${place} } }
    firstAdopters { ${adopter} } adopters { ${adopter} } } }`;
  return (await gql<{ diffusion: DiffusionResult }>(q, { slogan })).diffusion;
}

export async function trace(from: string, to: string): Promise<TraceResult> {
  const node = 'id name type level';
  const q = `query Trace($from: String!, $to: String!) { trace(from: $from, to: $to) {
    from { ${node} } to { ${node} } paths { length nodes { ${node} }
    steps { from to type reversed evidence { source documentId text start end } } } } }`;
  return (await gql<{ trace: TraceResult }>(q, { from, to })).trace;
}

export async function documentById(id: string): Promise<DocumentResult> {
  const q = `query Document($id: ID!) { document(id: $id) { id title file date year text pageCount ocrPages mentions { entityId type name start end } subjects { id name } } }`;
  return (await gql<{ document: DocumentResult }>(q, { id })).document;
}

export async function cypher(query: string, params: Record<string, unknown>): Promise<CypherResult> {
  const q = `query Cypher($query: String!, $params: JSON) { cypher(query: $query, params: $params) {
    columns rows rowCount offset totalCount truncated truncatedBy rowLimit durationMs elements { ${GRAPH} } } }`;
  return (await gql<{ cypher: CypherResult }>(q, { query, params })).cypher;
}

/** A saved query's rows from `offset`, `first` of them, with the count of all its rows. */
export async function runSavedQuery(name: string, params: Record<string, unknown>, page: { first: number; offset: number }): Promise<CypherResult> {
  const q = `query RunSavedQuery($name: String!, $params: JSON, $first: Int, $offset: Int) { runSavedQuery(name: $name, params: $params, first: $first, offset: $offset) {
    columns rows rowCount offset totalCount truncated truncatedBy rowLimit durationMs elements { ${GRAPH} } } }`;
  return (await gql<{ runSavedQuery: CypherResult }>(q, { name, params, ...page })).runSavedQuery;
}

export async function savedQueries(): Promise<SavedQuery[]> {
  const q = `query SavedQueries { savedQueries { name description descriptionZh params columns cypher } }`;
  return (await gql<{ savedQueries: SavedQuery[] }>(q)).savedQueries;
}

/** Districts and cities that report or hold a body that does: the place filter's choices. */
export async function reportingPlaces(): Promise<PlaceRef[]> {
  const q = `query ReportingPlaces { reportingPlaces { id name level } }`;
  return (await gql<{ reportingPlaces: PlaceRef[] }>(q)).reportingPlaces;
}

/** The nodes with these ids and the relationships among them, as a GraphML or dynamic GEXF file. */
export async function viewFile(ids: string[], format: 'graphml' | 'gexf'): Promise<string> {
  const q = `query ViewFile($ids: [ID!]!, $format: ViewFileFormat!) { viewFile(ids: $ids, format: $format) }`;
  return (await gql<{ viewFile: string }>(q, { ids, format })).viewFile;
}
