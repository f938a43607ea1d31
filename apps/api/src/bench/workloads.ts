import {
  adoptersOf,
  diffusionOf,
  findSlogan,
  fulfilmentsOf,
  neighbourhood,
  outcomesOfSlogans,
  sloganLinks,
  slogansByIds,
  type CypherReader,
} from '@policy-graph/graph';
import { DEFAULT_TYPES } from '../neighbourhood/neighbourhood.service';

export interface Workload {
  name: string;
  // the GraphQL request the web page sends
  graphql(key: string): { query: string; variables: Record<string, unknown> };
  // the same Cypher, in the same order, straight through the driver
  direct(db: CypherReader, key: string): Promise<unknown>;
}

const PAGE = { skip: 0, limit: 50 };
// What NeighbourhoodService asks for when the request names no types: its default labels, reports
// reached from the starting nodes (a different, costlier Cypher than the entity types alone).
const NEIGHBOURHOOD = { depth: 2, limit: 200, labels: DEFAULT_TYPES, seedReports: true, from: null, to: null };

export const WORKLOADS: Workload[] = [
  {
    name: 'slogan',
    graphql: (name) => ({
      query: `query($name: String!) { slogan(name: $name) { id name aliases kind origin parts { id name }
        adopters(first: 50) { totalCount nodes { body { id name level } district city province years firstYear } }
        projects(first: 50) { totalCount nodes { project { id name bodyName } evidence confidence documentId } }
        outcomes(first: 50) { totalCount nodes { id text value unit status year } } } }`,
      variables: { name },
    }),
    direct: async (db, name) => {
      const s = await findSlogan(db, name);
      if (!s) throw new Error(`no slogan ${name}`);
      const [links] = await Promise.all([
        sloganLinks(db, [s.id], 'parts'),
        adoptersOf(db, [s.id], PAGE),
        fulfilmentsOf(db, [s.id], PAGE),
        outcomesOfSlogans(db, [s.id], PAGE, null),
      ]);
      const parts = links.get(s.id) ?? [];
      return parts.length ? slogansByIds(db, parts.map((p) => p.id)) : null;
    },
  },
  {
    name: 'diffusion',
    graphql: (slogan) => ({
      query: `query($slogan: String!) { diffusion(slogan: $slogan) { totalAdopters
        years { year cumulative newAdopters { id name level } }
        firstAdopters { body { id name level } district city province years firstYear }
        adopters { body { id name level } district city province years firstYear }
        spread { from { id name } to { id name } fromYear toYear kind } } }`,
      variables: { slogan },
    }),
    direct: async (db, name) => {
      const s = await findSlogan(db, name);
      if (!s) throw new Error(`no slogan ${name}`);
      return diffusionOf(db, s.id, { level: null, from: null, to: null });
    },
  },
  {
    name: 'neighbourhood',
    graphql: (id) => ({
      query: `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { capped counts { nodes edges totalNodes }
        elements { nodes { data { id label type level years properties } } edges { data { id source target label type years properties } } } } }`,
      variables: { ids: [id] },
    }),
    direct: (db, id) => neighbourhood(db, { ids: [id], ...NEIGHBOURHOOD }),
  },
];
