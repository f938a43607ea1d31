import DataLoader from 'dataloader';
import {
  adoptersOf,
  fulfilmentsOf,
  hierarchyOf,
  outcomesOfSlogans,
  sloganLinks,
  slogansByIds,
  namedYearsOfBody,
  type CypherReader,
  type Slice,
  type Sliced,
  type SloganRow,
} from '@policy-graph/graph';

type Links = Array<{ id: string; order: number | null }>;
type PagedFetch<T> = (ids: string[]) => Promise<Map<string, Sliced<T>>>;

// One set per request: every field family is fetched in one query for all parents.
export class RequestLoaders {
  readonly slogan = new DataLoader<string, SloganRow | null>(async (ids) => {
    const found = await slogansByIds(this.db, [...ids]);
    return ids.map((id) => found.get(id) ?? null);
  });
  // parents and children of a body come from one query, asked once per request
  readonly hierarchy = new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => hierarchyOf(this.db, id))));
  // a body's slogans or projects with their years, read once however many pairs of years a request compares
  readonly sloganYears = new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => namedYearsOfBody(this.db, id, 'slogans'))));
  readonly projectYears = new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => namedYearsOfBody(this.db, id, 'projects'))));
  readonly parts = this.links('parts');
  readonly wholes = this.links('wholes');
  private readonly paged = new Map<string, DataLoader<string, Sliced<unknown>>>();
  private readonly memos = new Map<string, Promise<unknown>>();

  constructor(private readonly db: CypherReader) {}

  adopters(id: string, slice: Slice) {
    return this.page(`adopters:${slice.skip}:${slice.limit}`, (ids) => adoptersOf(this.db, ids, slice), id);
  }

  fulfilments(id: string, slice: Slice) {
    return this.page(`fulfilments:${slice.skip}:${slice.limit}`, (ids) => fulfilmentsOf(this.db, ids, slice), id);
  }

  sloganOutcomes(id: string, slice: Slice, status: string | null) {
    const key = `outcomes:${slice.skip}:${slice.limit}:${status}`;
    return this.page(key, (ids) => outcomesOfSlogans(this.db, ids, slice, status), id);
  }

  /** The answer of fetch for this key, fetched once per request (a body named by several fields). */
  once<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    let answer = this.memos.get(key) as Promise<T> | undefined;
    if (!answer) this.memos.set(key, (answer = fetch()));
    return answer;
  }

  private links(direction: 'parts' | 'wholes') {
    return new DataLoader<string, Links>(async (ids) => {
      const found = await sloganLinks(this.db, [...ids], direction);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  private page<T>(key: string, fetch: PagedFetch<T>, id: string): Promise<Sliced<T>> {
    let loader = this.paged.get(key);
    if (!loader) {
      loader = new DataLoader<string, Sliced<unknown>>(async (ids) => {
        const found = await fetch([...ids]);
        return ids.map((i) => found.get(i) ?? { items: [], total: 0 });
      });
      this.paged.set(key, loader);
    }
    return loader.load(id) as Promise<Sliced<T>>;
  }
}
