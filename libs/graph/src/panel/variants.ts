import type { Correction } from '@policy-graph/model';
import { decisionsInForce } from '../corrections/apply-corrections';
import { canonicalName } from '../ingest/canonical-name';
import type { CypherReader } from '../read/reader';
import { slogansByIds, type SloganRow } from '../read/slogan.queries';

// VARIANT_OF lives in the reviewers' log (accept-variant, reject-variant), not in documents: a
// variant is a slogan of its own that a reviewer relates to a campaign, so it is read from the log
// in force, like keep-apart, and never changes what the extraction wrote.
const VARIANT_DECISIONS = `
MATCH (c:Correction) WHERE c.kind IN ['accept-variant', 'reject-variant', 'revert']
RETURN c.payload AS payload ORDER BY c.at, c.id`;

type VariantDecision = Extract<Correction, { kind: 'accept-variant' | 'reject-variant' }>;

/** The variant decisions in force, the later of an acceptance and a rejection of one pair. */
export async function variantDecisions(db: CypherReader): Promise<VariantDecision[]> {
  const log = (await db.read(VARIANT_DECISIONS)).map((r) => JSON.parse(r.payload as string) as Correction);
  return decisionsInForce(log).filter((c): c is VariantDecision => c.kind === 'accept-variant' || c.kind === 'reject-variant');
}

/** Slogans a reviewer accepted as variants of this one (its id). */
export async function acceptedVariants(db: CypherReader, sloganId: string): Promise<SloganRow[]> {
  const ids = (await variantDecisions(db))
    .filter((c) => c.kind === 'accept-variant' && canonicalName(c.of) === sloganId)
    .map((c) => canonicalName(c.variant));
  const found = await slogansByIds(db, [...new Set(ids)]);
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}
