// The body page's reads: one request for the body, one for its year-to-year comparisons.
import { gql } from '../api/client';

export interface BodyOutcome {
  id: string;
  text: string;
  metric: string | null;
  value: number;
  unit: string;
  status: 'achieved' | 'target' | 'in_progress' | 'input';
  year: number | null;
  sentence: string | null;
  documentId: string;
  documentTitle: string | null;
  documentYear: number | null;
  start: number | null;
  end: number | null;
  /** the page that states it, in a document with pages */
  page?: number | null;
  project: { id: string; name: string } | null;
}

export interface BodyProject {
  id: string;
  name: string;
  years: number[];
  slogans: string[];
}

export interface BodyDocument {
  id: string;
  title: string | null;
  file: string;
  year: number | null;
}

export interface SloganChanges {
  new: string[];
  continued: string[];
  dropped: string[];
}

export interface BodyReport {
  id: string;
  name: string;
  level: string | null;
  parents: { parent: { id: string; name: string }; depth: number }[];
  documents: BodyDocument[];
  slogansByYear: { year: number; slogans: string[] }[];
  projects: BodyProject[];
  outcomes: BodyOutcome[];
}

// Pages sized to stay under the API's query cost limit (a page costs its fields once per item).
const PAGE = 200;
/** Outcomes read at most, page by page. */
const MAX_OUTCOMES = 2000;

const OUTCOME = 'id text metric value unit status year sentence documentId documentTitle documentYear start end page project { id name }';

async function outcomesOf(id: string): Promise<BodyOutcome[]> {
  const q = `query BodyOutcomes($code: String!, $after: String) { body(code: $code) {
    outcomes(first: ${PAGE}, after: $after) { nodes { ${OUTCOME} } pageInfo { endCursor hasNextPage } } } }`;
  type Page = { body: { outcomes: { nodes: BodyOutcome[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } };
  const all: BodyOutcome[] = [];
  let after: string | null = null;
  do {
    const page: Page['body']['outcomes'] = (await gql<Page>(q, { code: id, after })).body.outcomes;
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && all.length < MAX_OUTCOMES);
  return all;
}

export async function bodyReport(id: string): Promise<BodyReport> {
  const q = `query Body($code: String!) { body(code: $code) {
    id name level parents { parent { id name } depth }
    documents(first: ${PAGE}) { nodes { id title file year } }
    slogansByYear { year slogans { name } }
    projects(first: ${PAGE}) { nodes { id name years slogans } }
  } }`;
  type Raw = Omit<BodyReport, 'documents' | 'projects' | 'outcomes' | 'slogansByYear'> & {
    documents: { nodes: BodyDocument[] };
    projects: { nodes: BodyProject[] };
    slogansByYear: { year: number; slogans: { name: string }[] }[];
  };
  const [{ body: b }, outcomes] = await Promise.all([gql<{ body: Raw }>(q, { code: id }), outcomesOf(id)]);
  return {
    ...b,
    documents: b.documents.nodes,
    projects: b.projects.nodes,
    outcomes,
    slogansByYear: b.slogansByYear.map((y) => ({ year: y.year, slogans: y.slogans.map((s) => s.name) })),
  };
}

/** `compare` for each report year against the one before it, in one request (aliases y0, y1…). */
export async function sloganChanges(bodyId: string, years: number[]): Promise<Map<number, SloganChanges>> {
  const pairs = years.slice(1).map((year, i) => ({ from: years[i], year }));
  if (!pairs.length) return new Map();
  const fields = pairs.map((p, i) => `y${i}: compare(body: $body, yearA: ${p.from}, yearB: ${p.year}) { slogans { new continued dropped } }`);
  const data = await gql<Record<string, { slogans: SloganChanges }>>(`query Changes($body: String!) { ${fields.join(' ')} }`, { body: bodyId });
  return new Map(pairs.map((p, i) => [p.year, data[`y${i}`].slogans]));
}
