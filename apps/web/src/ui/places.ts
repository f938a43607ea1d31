import { GraphElement, isEdge } from '../graph/types';
import { nodeKind } from '../graph/elements';

/** District and city names present in the view, for the place filter. */
export function placesOf(elements: readonly GraphElement[]): string[] {
  const names = new Set<string>();
  for (const el of elements) {
    if (isEdge(el)) continue;
    const props = (el.data.properties ?? {}) as Record<string, unknown>;
    for (const v of [el.data.district, el.data.city, props.district, props.city]) if (typeof v === 'string' && v) names.add(v);
    const kind = nodeKind(el.data);
    if ((kind === 'district' || kind === 'city') && el.data.label) names.add(String(el.data.label));
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'zh'));
}
