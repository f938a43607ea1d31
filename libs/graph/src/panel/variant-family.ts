import { canonicalName } from '../ingest/canonical-name';
import { toPlain, type CypherReader } from '../read/reader';
import { variantDecisions } from './variants';

export interface FamilyMemberRow {
  slogan: { id: string; name: string };
  /** campaign: the slogan the reviewers related the others to; variant: one they accepted as a variant of it. */
  role: 'campaign' | 'variant';
  /** Bodies that adopted this member. */
  adopters: number;
  firstYear: number | null;
}

export interface VariantFamilyRow {
  campaign: { id: string; name: string };
  /** The campaign first, then its accepted variants by name. */
  members: FamilyMemberRow[];
  /** Bodies that adopted any member, each counted once. */
  adopters: number;
  firstYear: number | null;
}

const MEMBERS = `
UNWIND $ids AS sid
MATCH (s:Slogan {id: sid})
OPTIONAL MATCH (b:Place)-[a:ADOPTS]->(s)
RETURN s.id AS id, s.name AS name, collect(DISTINCT b.id) AS bodies, min(a.firstYear) AS firstYear`;

/**
 * A slogan's family of accepted variants (VARIANT_OF in the reviewers' log): the campaign the slogan
 * is a variant of, or the slogan itself, and every variant accepted of that campaign, each with its
 * own adopters, and the adopters of the whole family counted once.
 */
export async function variantFamily(db: CypherReader, sloganId: string): Promise<VariantFamilyRow> {
  const accepted = (await variantDecisions(db))
    .filter((c) => c.kind === 'accept-variant')
    .map((c) => ({ variant: canonicalName(c.variant), of: canonicalName(c.of) }));
  const campaignId = accepted.find((a) => a.variant === sloganId)?.of ?? sloganId;
  const variantIds = [...new Set(accepted.filter((a) => a.of === campaignId).map((a) => a.variant))];
  const rows = (await db.read(MEMBERS, { ids: [campaignId, ...variantIds] })).map(
    (r) => toPlain(r) as { id: string; name: string; bodies: string[]; firstYear: number | null },
  );
  const campaign = rows.find((r) => r.id === campaignId);
  if (!campaign) throw new Error(`variantFamily: no slogan ${campaignId}`);
  const variants = rows.filter((r) => r.id !== campaignId).sort((a, b) => a.name.localeCompare(b.name));
  const member = (r: (typeof rows)[number], role: FamilyMemberRow['role']): FamilyMemberRow => ({
    slogan: { id: r.id, name: r.name }, role, adopters: r.bodies.length, firstYear: r.firstYear,
  });
  const years = rows.map((r) => r.firstYear).filter((y): y is number => y !== null);
  return {
    campaign: { id: campaign.id, name: campaign.name },
    members: [member(campaign, 'campaign'), ...variants.map((v) => member(v, 'variant'))],
    adopters: new Set(rows.flatMap((r) => r.bodies)).size,
    firstYear: years.length ? Math.min(...years) : null,
  };
}
