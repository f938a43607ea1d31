import type { ElementData } from './types';

/**
 * What the corrections log calls an element (its `target`): FULFILS:<project>→<slogan id>,
 * HAS_PART:<programme id>→<part id>, Slogan:<id> or Project:<name>; null for what no correction is about.
 */
export function correctionTarget(data: ElementData, labelOf: (id: string) => string | undefined): string | null {
  if (data.source !== undefined && data.target !== undefined) {
    if (data.type === 'HAS_PART') return `HAS_PART:${data.source}→${data.target}`;
    if (data.type !== 'FULFILS') return null;
    const project = labelOf(String(data.source));
    return project ? `FULFILS:${project}→${data.target}` : null;
  }
  if (data.type === 'Slogan') return `Slogan:${data.id}`;
  if (data.type === 'Project' && data.label) return `Project:${data.label}`;
  return null;
}

/**
 * Every target an entity's log is filed under: its own and, for a slogan or project, those of its
 * aliases (a merged-in or former name; a merge or rename is filed under the name it took away).
 */
export function entityTargets(data: ElementData, labelOf: (id: string) => string | undefined): string[] {
  const own = correctionTarget(data, labelOf);
  if (!own) return [];
  const props = (data.properties ?? {}) as Record<string, unknown>;
  const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : [];
  const label = data.type === 'Slogan' ? 'Slogan' : data.type === 'Project' ? 'Project' : null;
  return label ? [own, ...aliases.map((a) => `${label}:${a}`).filter((t) => t !== own)] : [own];
}

/** The id an entity has under a new name: a slogan is known by its name, a project by its body and name. */
export function renamedId(id: string, type: string, to: string): string {
  if (type === 'Slogan') return to;
  const bar = id.lastIndexOf('|');
  return bar >= 0 ? `${id.slice(0, bar)}|${to}` : to;
}
