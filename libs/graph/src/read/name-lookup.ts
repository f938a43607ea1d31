// Entities by an exact key through indexes (graph/schema/V0007__name_lookup.cypher): the id's
// constraint, the name's range index and the aliases' keyword full-text index. An OR over the three
// properties can use none of them and scans every node of the label.

/** Lucene phrase of one whole term for the keyword analyzer: the key as it is, quotes and backslashes escaped. */
export const aliasTerm = (key: string) => `"${key.replace(/["\\]/g, '\\$&')}"`;

export type NamedLabel = 'Slogan' | 'Project';

/**
 * A subquery giving `n`, every node of the label whose id, name or alias is $key; the caller passes
 * $key and $aliasTerm (aliasTerm(key)).
 */
export const nodesByKey = (label: NamedLabel) => `CALL {
    MATCH (n:${label} {id: $key}) RETURN n
    UNION MATCH (n:${label} {name: $key}) RETURN n
    UNION CALL db.index.fulltext.queryNodes('aliasLookup', $aliasTerm) YIELD node AS n
          WITH n WHERE n:${label} AND $key IN n.aliases RETURN n
  }`;
