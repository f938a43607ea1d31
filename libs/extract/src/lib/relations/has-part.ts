import type { Relation, Slogan } from '@policy-graph/model';
import { confidenceOf, type RuleId } from '../rules';

/** HAS_PART: a numbered slogan and each part the text enumerates, with the rule that found them. */
export function findHasPart(slogans: Slogan[], partsRules: Map<string, RuleId>): Relation[] {
  return slogans.flatMap((s) => {
    const rule = partsRules.get(s.name) ?? 'parts.list-before';
    return s.parts.map((part) => ({
      type: 'HAS_PART' as const,
      from: s.name,
      to: part,
      confidence: confidenceOf(rule),
      evidence: s.mentions[0] ?? { start: 0, end: 0 },
      rule,
    }));
  });
}
