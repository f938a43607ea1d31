import { removePinyinGlosses, type NormalisedText } from '@policy-graph/text';
import type { Span } from '../spans';

interface Named {
  name: string;
  aliases: string[];
  mentions: Span[];
}

/** Names stay simplified; the traditional forms the input used become aliases, read back through the offset map. */
export function addSourceAliases(input: string, normalised: NormalisedText, items: Named[]): void {
  if (normalised.script !== 'traditional') return;
  for (const item of items) {
    const known = new Set([item.name, ...item.aliases]);
    for (const m of item.mentions.slice(0, 3)) {
      const raw = input.slice(normalised.sourceMap.toSource(m.start), normalised.sourceMap.toSource(m.end));
      const surface = removePinyinGlosses(raw).text.replace(/[“”"\s]/g, '');
      if (!surface || known.has(surface) || surface.length > item.name.length + 4) continue;
      item.aliases.push(surface);
      known.add(surface);
    }
  }
}
