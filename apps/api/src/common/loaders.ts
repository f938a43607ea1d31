import DataLoader from 'dataloader';
import {
  adoptersOf,
  fulfilmentsOf,
  hierarchyOf,
  outcomesOfSlogans,
  sloganLinks,
  slogansByIds,
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
  readonly parts = this.links('parts');
  readonly wholes = this.links('wholes');
  private readonly paged = new Map<string, DataLoader<string, Sliced<unknown>>>();

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
