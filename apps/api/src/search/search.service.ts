import { Injectable } from '@nestjs/common';
import { hitContexts, searchNames, SEARCHABLE, type CypherReader, type HitContextRow } from '@policy-graph/graph';
import { z } from 'zod';
import { readUserText } from '../common/names';
import { validate } from '../common/validate';
import type { SearchArgs, SearchHit } from './search.model';

const SearchInput = z.object({ text: z.string().min(1).max(200), limit: z.number().int().min(1).max(100) });

// One line saying where a hit sits, built from counts fetched for all hits at once.
function contextLine(type: string, c: HitContextRow | undefined): string | null {
  if (!c) return null;
  if (type === 'Slogan') {
    const since = c.firstYear ? `, first in ${c.firstYear}` : '';
    return `slogan: ${c.adopters} adopter(s)${since}, ${c.projects} project(s), ${c.documents} document(s)`;
  }
  if (type === 'Outcome') return [`outcome: ${c.status ?? 'unknown'}`, c.year, c.subject].filter(Boolean).join(', ');
  if (type === 'Document') return [`document`, c.year, c.subject].filter(Boolean).join(', ');
  if (type === 'Project') return `project${c.body ? ` of ${c.body}` : ''}, in ${c.documents} document(s)`;
  return `${c.level ?? 'place'}${c.parent ? ` in ${c.parent}` : ''}, in ${c.documents} document(s)`;
}

@Injectable()
export class SearchService {
  async search(db: CypherReader, args: SearchArgs): Promise<SearchHit[]> {
    const { text, limit } = validate(SearchInput, { text: args.text, limit: args.limit }, 'search');
    const user = readUserText(text);
    const labels = args.types?.length ? args.types.filter((t) => (SEARCHABLE as readonly string[]).includes(t)) : [...SEARCHABLE];
    const hits = await searchNames(db, { text: user.chinese, romanised: user.romanised, labels, limit });
    const contexts = await hitContexts(db, hits.map((h) => h.id));
    return hits.map((h) => {
      const c = contexts.get(h.id);
      return { ...h, type: h.type as SearchHit['type'], context: contextLine(h.type, c), facts: c ?? null };
    });
  }
}
