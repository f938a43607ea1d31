import type { Relation, Slogan } from '@policy-graph/model';

/** HAS_PART: a numbered slogan and each part the text enumerates. */
export function findHasPart(slogans: Slogan[]): Relation[] {
  return slogans.flatMap((s) =>
    s.parts.map((part) => ({
      type: 'HAS_PART' as const,
      from: s.name,
      to: part,
      confidence: 0.9,
      evidence: s.mentions[0] ?? { start: 0, end: 0 },
    })),
  );
}
