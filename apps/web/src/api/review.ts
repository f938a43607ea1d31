// The operations of reviewing: who is signed in, the queue, merge candidates, corrections and their log.
import { gql } from './client';

export type Role = 'READER' | 'REVIEWER' | 'ADMIN';

export interface Viewer {
  name: string | null;
  role: Role;
}

export type QueueKind = 'FULFILS' | 'PART' | 'SLOGAN' | 'PROJECT' | 'VARIANT';
export type MergeKind = 'SLOGAN' | 'PROJECT';

/** A fact waiting for a reviewer; which names it carries depends on its kind. */
export interface QueueItem {
  kind: QueueKind;
  target: string;
  /** SLOGAN, PROJECT: its name */
  name?: string | null;
  /** FULFILS, PROJECT */
  project?: string | null;
  projectId?: string | null;
  /** FULFILS, SLOGAN */
  slogan?: string | null;
  /** PART: the programme and its part */
  programme?: string | null;
  part?: string | null;
  /** VARIANT: the slogan proposed as a variant, the campaign it may vary, and why it was proposed */
  variant?: string | null;
  of?: string | null;
  reasons?: string[] | null;
  confidence: number;
  rule: string | null;
  documents: number;
  evidence: string;
  documentId: string;
  start: number;
  end: number;
}

export interface MergeCandidate {
  a: string;
  b: string;
  /** what a merge names them by (a project's name is unique only within one body) */
  aId: string;
  bId: string;
  reasons: string[];
  documentsA: number;
  documentsB: number;
}

export interface Correction {
  id: string;
  kind: string;
  target: string;
  author: string;
  reason: string;
  at: string;
  status: string;
}

/** What `correct` takes; which fields a kind needs is the API's business. */
export interface CorrectionInput {
  kind: string;
  [field: string]: string | number | null | undefined;
}

const CORRECTION = 'id kind target author reason at status';

/** The caller `token` names (the stored one when not given); an unknown token is an ApiError. */
export async function me(token?: string): Promise<Viewer> {
  return (await gql<{ me: Viewer }>('query Me { me { name role } }', {}, undefined, token)).me;
}

export async function reviewQueue(kind: QueueKind, limit: number): Promise<QueueItem[]> {
  const q = `query ReviewQueue($kind: ReviewKind!, $limit: Int!) { reviewQueue(kind: $kind, limit: $limit) {
    kind target name project projectId slogan programme part variant of reasons confidence rule documents evidence documentId start end } }`;
  return (await gql<{ reviewQueue: QueueItem[] }>(q, { kind, limit })).reviewQueue;
}

export interface SloganAdopters {
  total: number;
  /** the earliest few, with the year each first used it */
  first: { name: string; firstYear: number | null }[];
}

/** How many bodies adopted a slogan and the earliest `limit` of them; null for a slogan the graph does not hold. */
export async function sloganAdopters(name: string, limit: number): Promise<SloganAdopters | null> {
  const q = `query SloganAdopters($name: String!, $limit: Int!) { slogan(name: $name) { adopters(first: $limit) { totalCount nodes { body { name } firstYear } } } }`;
  type Answer = { slogan: { adopters: { totalCount: number; nodes: { body: { name: string }; firstYear: number | null }[] } } | null };
  const found = (await gql<Answer>(q, { name, limit })).slogan;
  return found ? { total: found.adopters.totalCount, first: found.adopters.nodes.map((n) => ({ name: n.body.name, firstYear: n.firstYear })) } : null;
}

export async function mergeCandidates(kind: MergeKind, limit: number): Promise<MergeCandidate[]> {
  const q = `query MergeCandidates($kind: MergeKind!, $limit: Int!) { mergeCandidates(kind: $kind, limit: $limit) { a aId b bId reasons documentsA documentsB } }`;
  return (await gql<{ mergeCandidates: MergeCandidate[] }>(q, { kind, limit })).mergeCandidates;
}

export async function correct(input: CorrectionInput): Promise<Correction> {
  const q = `mutation Correct($input: CorrectionInput!) { correct(input: $input) { ${CORRECTION} } }`;
  return (await gql<{ correct: Correction }>(q, { input })).correct;
}

export async function revertCorrection(id: string, reason: string | null = null): Promise<Correction> {
  const q = `mutation Revert($id: ID!, $reason: String) { revertCorrection(id: $id, reason: $reason) { ${CORRECTION} } }`;
  return (await gql<{ revertCorrection: Correction }>(q, { id, reason })).revertCorrection;
}

export async function corrections(target: string): Promise<Correction[]> {
  const q = `query Corrections($target: String) { corrections(target: $target) { ${CORRECTION} } }`;
  return (await gql<{ corrections: Correction[] }>(q, { target })).corrections;
}
