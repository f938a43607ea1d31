// The operations of reviewing: who is signed in, the queue, merge candidates, corrections and their log.
import { gql } from './client';

export type Role = 'READER' | 'REVIEWER' | 'ADMIN';

export interface Viewer {
  name: string | null;
  role: Role;
}

export interface QueueItem {
  target: string;
  project: string;
  slogan: string;
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

export async function reviewQueue(limit: number): Promise<QueueItem[]> {
  const q = `query ReviewQueue($limit: Int!) { reviewQueue(kind: FULFILS, limit: $limit) {
    target project slogan confidence rule documents evidence documentId start end } }`;
  return (await gql<{ reviewQueue: QueueItem[] }>(q, { limit })).reviewQueue;
}

export async function mergeCandidates(limit: number): Promise<MergeCandidate[]> {
  const q = `query MergeCandidates($limit: Int!) { mergeCandidates(limit: $limit) { a b reasons documentsA documentsB } }`;
  return (await gql<{ mergeCandidates: MergeCandidate[] }>(q, { limit })).mergeCandidates;
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
