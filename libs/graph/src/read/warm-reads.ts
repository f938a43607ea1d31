import type { SavedQuery } from '../saved-queries/saved-query';
import { bindParams } from '../saved-queries/run-saved-query';
import { pagedQuery, pageParams } from '../saved-queries/paged-query';
import { findBody, hierarchyOf, outcomeCounts, outcomesOfBody, projectsOfBody, slogansByYear } from './body.queries';
import { compareYears } from './compare.queries';
import { diffusionOf } from './diffusion.queries';
import { getDocument, listDocuments } from './document.queries';
import { neighbourhood } from './neighbourhood.queries';
import type { CypherReader } from './reader';
import { hitContexts, searchNames, SEARCHABLE } from './search.queries';
import { adoptersOf, findSlogan, fulfilmentsOf, outcomesOfSlogans, sloganLinks, slogansByIds } from './slogan.queries';
import { resolveEntity, tracePaths } from './trace.queries';

interface Sample {
  slogan: string;
  sloganName: string;
  place: string;
  placeName: string;
  year: number;
  document: string;
}

// One adopted slogan with its place and a report about the place: keys that exist, so every read
// below plans and runs its whole query.
const SAMPLE = `
  MATCH (p:Place)-[:ADOPTS]->(s:Slogan)
  MATCH (p)<-[:REPORTS_ON]-(d:Document)
  RETURN s.id AS slogan, s.name AS sloganName, p.id AS place, p.name AS placeName, coalesce(d.year, 2020) AS year, d.id AS document
  LIMIT 1`;

const SLICE = { skip: 0, limit: 20 };

/**
 * Runs once each read the explorer and the saved queries issue, with keys from the graph, so Neo4j
 * has planned them and read their index pages before the first person asks (after a restart the
 * first of each took 1–3 s). Failures are left to the real requests: resolves to the reads that failed.
 */
export async function warmReads(db: CypherReader, savedQueries: SavedQuery[] = [], signal?: AbortSignal): Promise<number> {
  const [sample] = (await db.read(SAMPLE)) as unknown as Sample[];
  if (!sample) return 0;
  const { slogan, sloganName, place, placeName, year, document } = sample;
  const reads: Array<() => Promise<unknown>> = [
    () => searchNames(db, { text: sloganName, romanised: null, labels: [...SEARCHABLE], limit: 10 }),
    () => searchNames(db, { text: sloganName, romanised: 'qy', labels: [...SEARCHABLE], limit: 10 }),
    () => hitContexts(db, [slogan, place]),
    () => findSlogan(db, sloganName),
    () => slogansByIds(db, [slogan]),
    () => sloganLinks(db, [slogan], 'parts'),
    () => sloganLinks(db, [slogan], 'wholes'),
    () => adoptersOf(db, [slogan], SLICE),
    () => fulfilmentsOf(db, [slogan], SLICE),
    () => outcomesOfSlogans(db, [slogan], SLICE, null),
    () => findBody(db, { name: placeName }),
    () => hierarchyOf(db, place),
    () => slogansByYear(db, place),
    () => projectsOfBody(db, place, SLICE),
    () => outcomesOfBody(db, place, { status: null, year: null }, SLICE),
    () => outcomeCounts(db, place),
    () => compareYears(db, place, year - 1, year),
    () => diffusionOf(db, slogan, { level: null, from: null, to: null }),
    () => neighbourhood(db, { ids: [slogan], depth: 1, labels: ['Slogan', 'Project', 'Place', 'Outcome', 'Document'], from: null, to: null, limit: 200, seedReports: true }),
    () => getDocument(db, document),
    () => listDocuments(db, { bodyId: place, year: null }, SLICE),
    async () => {
      const [from, to] = await Promise.all([resolveEntity(db, sloganName), resolveEntity(db, placeName)]);
      if (from && to) await tracePaths(db, from, to, 4, 5);
    },
    ...savedQueries.map((query) => async () => {
      const params = bindParams(query, { place: placeName, slogan: sloganName, year, previousYear: year - 1 });
      await db.read(query.cypher, params);
      // as the explorer sends it: a page and the count of all rows
      await db.read(pagedQuery(query.cypher, query.columns.map((c) => c.name)), { ...params, ...pageParams(0, 500) });
    }),
  ];
  let failed = 0;
  // one at a time: the server is already answering, and warm-up must not crowd out real requests;
  // a server stopping does not wait for the rest
  for (const read of reads) {
    if (signal?.aborted) break;
    await read().catch(() => (failed += 1));
  }
  return failed;
}
