import neo4j from 'neo4j-driver';

/** Parameters a paged query takes besides the saved query's own. */
export const PAGE_PARAMS = ['pageOffset', 'pageFirst'] as const;

/**
 * A saved query in a subquery, its rows collected in the order it gives them: Neo4j counts them and
 * sends one page of them alone (`totalCount` and `page`, a list of rows in column order), where
 * streaming a long answer to count it cost as much again as the query.
 */
export function pagedQuery(cypher: string, columns: readonly string[]): string {
  const row = columns.map((c) => `\`${c.replace(/`/g, '``')}\``).join(', ');
  return `CALL () {\n${cypher.trim().replace(/;$/, '')}\n}\nWITH collect([${row}]) AS rows\nRETURN size(rows) AS totalCount, rows[$pageOffset..$pageOffset + $pageFirst] AS page`;
}

/** The page parameters: the rows from `offset` (0 the first), `first` of them. */
export function pageParams(offset: number, first: number): Record<(typeof PAGE_PARAMS)[number], unknown> {
  return { pageOffset: neo4j.int(offset), pageFirst: neo4j.int(first) };
}
