import type { Place, Subject } from '@policy-graph/model';
import { gazetteer, lineage } from './gazetteer';
import type { PlaceMention } from './mentions';

/** Every division named in the text, resolved towards the subject's province where the name is shared. */
export function listPlaces(mentions: Map<string, PlaceMention>, subject: Subject): Place[] {
  const g = gazetteer();
  return [...mentions.values()].map((m) => {
    const inProvince = m.candidates.find((c) => lineage(g, c).some((p) => p.name === subject.province));
    const d = inProvince ?? m.candidates[0];
    return { name: m.name, level: d.level, code: d.code, parentCode: d.parentCode, mentions: m.spans };
  });
}
