import type { ElementData } from './types';

/**
 * What the corrections log calls an element (its `target`): FULFILS:<project>→<slogan id>,
 * Slogan:<id> or Project:<name>; null for what no correction is about.
 */
export function correctionTarget(data: ElementData, labelOf: (id: string) => string | undefined): string | null {
  if (data.source !== undefined && data.target !== undefined) {
    if (data.type !== 'FULFILS') return null;
    const project = labelOf(String(data.source));
    return project ? `FULFILS:${project}→${data.target}` : null;
  }
  if (data.type === 'Slogan') return `Slogan:${data.id}`;
  if (data.type === 'Project' && data.label) return `Project:${data.label}`;
  return null;
}

/** The slogan's id in a queue item's target (FULFILS:<project>→<slogan id>). */
export function sloganIdOf(target: string): string {
  return target.slice(target.indexOf('→') + 1);
}
