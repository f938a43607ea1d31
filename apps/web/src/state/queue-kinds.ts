import type { CorrectionInput, QueueItem, QueueKind } from '../api/review';

export const QUEUE_KINDS: readonly QueueKind[] = ['FULFILS', 'PART', 'SLOGAN', 'PROJECT', 'VARIANT'];

/** The name after the first `:` and, for a relationship, after the arrow: FULFILS:<project>→<slogan id>. */
function afterArrow(target: string): string {
  return target.slice(target.indexOf('→') + 1);
}

/** A proposed variant's two slogans by id: VARIANT_OF:<variant>→<campaign>. */
export function variantPair(item: QueueItem): { variant: string; of: string } {
  const [variant, of] = item.target.slice('VARIANT_OF:'.length).split('→');
  return { variant, of };
}

/** What accepting or rejecting a queued fact records. */
export function decisionInput(item: QueueItem, decision: 'accept' | 'reject'): CorrectionInput {
  const verb = decision === 'accept' ? 'ACCEPT' : 'REJECT';
  switch (item.kind) {
    case 'FULFILS':
      return { kind: `${verb}_FULFILS`, project: item.projectId ?? item.project, slogan: afterArrow(item.target) };
    case 'PART':
      return { kind: `${verb}_PART`, programme: item.programme, part: item.part };
    case 'SLOGAN':
      return { kind: `${verb}_SLOGAN`, slogan: item.target.slice('Slogan:'.length) };
    case 'PROJECT':
      return { kind: `${verb}_PROJECT`, project: item.projectId ?? item.name };
    case 'VARIANT':
      // never a merge: the pair is recorded, and the diffusion counts an accepted variant with its campaign
      return { kind: `${verb}_VARIANT`, ...variantPair(item) };
  }
}

/** How a queued fact shows: one name, or two with the relationship between them. */
export function itemTitle(item: QueueItem): { a: string; rel: string | null; b: string | null } {
  switch (item.kind) {
    case 'FULFILS':
      return { a: item.project ?? '', rel: 'FULFILS', b: item.slogan ?? '' };
    case 'PART':
      return { a: item.programme ?? '', rel: 'HAS_PART', b: item.part ?? '' };
    case 'VARIANT':
      return { a: item.variant ?? '', rel: 'VARIANT_OF', b: item.of ?? '' };
    default:
      return { a: item.name ?? '', rel: null, b: null };
  }
}

/** What the graph shows for a queued fact: whose neighbourhood, and which edge or node to mark. */
export function graphFocus(item: QueueItem): { ids: string[]; edge: { type: string; sourceLabel: string; target: string } | null; node: string | null } {
  switch (item.kind) {
    case 'FULFILS':
      return { ids: [afterArrow(item.target)], edge: { type: 'FULFILS', sourceLabel: item.project ?? '', target: afterArrow(item.target) }, node: null };
    case 'PART': {
      const programme = item.target.slice('HAS_PART:'.length, item.target.indexOf('→'));
      return { ids: [programme], edge: { type: 'HAS_PART', sourceLabel: item.programme ?? '', target: afterArrow(item.target) }, node: null };
    }
    case 'SLOGAN': {
      const id = item.target.slice('Slogan:'.length);
      return { ids: [id], edge: null, node: id };
    }
    case 'PROJECT': {
      const id = item.projectId ?? item.name ?? '';
      return { ids: [id], edge: null, node: id };
    }
    case 'VARIANT': {
      // no edge joins them until a reviewer decides: the variant's neighbourhood, the variant marked
      const { variant } = variantPair(item);
      return { ids: [variant], edge: null, node: variant };
    }
  }
}
