import type { Correction, CorrectionInput } from '@policy-graph/model';
import { canonicalName } from '../ingest/canonical-name';

// What a correction is about, in one string: for the audit log, the review queues (a decided fact
// leaves its queue) and finding the corrections of one fact.

/** A project named by name or by id (`<body id>|<name>`): its canonical name. */
export function projectNameOf(ref: string): string {
  const bar = ref.lastIndexOf('|');
  return canonicalName(bar >= 0 ? ref.slice(bar + 1) : ref);
}

/** A project reference as a correction keeps it: an id stays an id, a name becomes canonical. */
export function projectRef(ref: string): string {
  const bar = ref.lastIndexOf('|');
  return bar >= 0 ? `${ref.slice(0, bar)}|${canonicalName(ref.slice(bar + 1))}` : canonicalName(ref);
}

/** An outcome's id: given whole, or as the start offset of its span in the document. */
export function outcomeIdOf(c: { document: string; outcome: string }): string {
  return /^\d+$/.test(c.outcome) ? `${c.document}:${c.outcome}` : c.outcome;
}

const entityLabel = (entity: 'slogan' | 'project') => (entity === 'slogan' ? 'Slogan' : 'Project');
const entityName = (entity: 'slogan' | 'project', ref: string) => (entity === 'slogan' ? canonicalName(ref) : projectNameOf(ref));

export function targetOf(c: CorrectionInput | Correction): string {
  switch (c.kind) {
    case 'reject-fulfils':
    case 'accept-fulfils':
    case 'add-fulfils':
      return `FULFILS:${projectNameOf(c.project)}→${canonicalName(c.slogan)}`;
    case 'reject-slogan':
    case 'accept-slogan':
      return `Slogan:${canonicalName(c.slogan)}`;
    case 'reject-project':
    case 'accept-project':
      return `Project:${projectNameOf(c.project)}`;
    case 'merge-slogans':
      return `Slogan:${canonicalName(c.from)}`;
    case 'merge-projects':
      return `Project:${projectNameOf(c.from)}`;
    case 'rename':
      return `${entityLabel(c.entity)}:${entityName(c.entity, c.name)}`;
    case 'split':
      return `${entityLabel(c.entity)}:${entityName(c.entity, c.alias)}`;
    case 'keep-apart':
      return keptApartTargets(c)[0];
    case 'accept-variant':
    case 'reject-variant':
      return `VARIANT_OF:${canonicalName(c.variant)}→${canonicalName(c.of)}`;
    case 'reject-part':
    case 'accept-part':
    case 'add-part':
      return `HAS_PART:${canonicalName(c.programme)}→${canonicalName(c.part)}`;
    case 'reject-adopts':
      return `ADOPTS:${c.body}→${canonicalName(c.slogan)}`;
    case 'reject-outcome':
    case 'set-outcome':
      return `Outcome:${outcomeIdOf(c)}`;
    case 'set-document':
      return `Document:${c.document}`;
    case 'revert':
      return `Correction:${c.correction}`;
  }
}

// a pair kept apart is about both entities: filed under the first name in order, found under either
function keptApartTargets(c: { entity: 'slogan' | 'project'; a: string; b: string }): [string, string] {
  const [x, y] = [entityName(c.entity, c.a), entityName(c.entity, c.b)].sort();
  return [`${entityLabel(c.entity)}:${x}`, `${entityLabel(c.entity)}:${y}`];
}

/** Other targets the audit log lists a correction under, beside its own `target`. */
export function otherTargetsOf(c: CorrectionInput | Correction): string[] {
  return c.kind === 'keep-apart' ? [keptApartTargets(c)[1]] : [];
}
