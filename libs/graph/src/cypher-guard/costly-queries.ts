import type { CypherGuardCode } from './cypher-guard.error';

const nested = (open: string, middle: string, close: string, times: number) => open.repeat(times) + middle + close.repeat(times);

/**
 * Read-only queries that would take the database or the API down (memory, uninterruptible loops,
 * parser time), each with the reason the guard must give before anything reaches Neo4j.
 */
export const COSTLY_QUERIES: ReadonlyArray<[string, CypherGuardCode]> = [
  ['RETURN size([x IN range(1, 300000000) | x]) AS n', 'LIST_TOO_LARGE'],
  ["RETURN size(reduce(s = 'xxxxxxxxxxxxxxxx', i IN range(1, 30) | s + s)) AS n", 'LIST_TOO_LARGE'],
  ['RETURN size([x IN range(1, 100000) | [y IN range(1, 100000) | y]]) AS n', 'LIST_TOO_LARGE'],
  ['RETURN size([x IN range(1, 100000) | range(1, x)]) AS n', 'LIST_TOO_LARGE'],
  ['RETURN any(x IN range(1, 9000000000000000000) WHERE x < 0) AS found', 'LIST_TOO_LARGE'],
  ['WITH range(1, 100000) AS r RETURN size(reduce(acc = [], x IN r | acc + x)) AS n', 'LIST_TOO_LARGE'],
  ['RETURN range(1, 10000000) AS r', 'LIST_TOO_LARGE'],
  ['RETURN range(1, 10000 * 10000) AS r', 'LIST_TOO_LARGE'],
  ['RETURN range(1, toInteger(2 ^ 40)) AS r', 'LIST_TOO_LARGE'],
  ['RETURN range($from, $to) AS r', 'LIST_TOO_LARGE'],
  ["RETURN size(replace(replace(replace(replace('xxxxxxxxxx', 'x', 'xxxxxxxxxx'), 'x', 'xxxxxxxxxx'), 'x', 'xxxxxxxxxx'), 'x', 'xxxxxxxxxx')) AS n", 'LIST_TOO_LARGE'],
  [`RETURN size(replace(replace('${'x'.repeat(100)}', 'x', '${'y'.repeat(3000)}'), 'y', '${'z'.repeat(3000)}')) AS n`, 'LIST_TOO_LARGE'],
  [`RETURN [x IN range(1, 1000000) | '${'x'.repeat(5000)}'] AS xs`, 'LIST_TOO_LARGE'],
  ['RETURN [x IN range(1, 1000000) | $big] AS xs', 'LIST_TOO_LARGE'],
  [`WITH [1] AS a ${'WITH a + a AS a '.repeat(24)}RETURN size(a) AS n`, 'LIST_TOO_LARGE'],
  ['MATCH (a) WITH collect(a) AS xs UNWIND xs AS a UNWIND xs AS b UNWIND xs AS c RETURN count(*) AS n', 'COSTLY_PLAN'],
  ['UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n', 'COSTLY_PLAN'],
  [`RETURN ${nested('CASE WHEN true THEN ', '1', ' END', 100)} AS x`, 'TOO_COMPLEX'],
  [`MATCH (a) RETURN (a)${'--(a)'.repeat(200)} AS x`, 'TOO_COMPLEX'],
  [`RETURN ${nested('{a: ', '1', '}', 500)} AS x`, 'TOO_COMPLEX'],
  [`RETURN ${nested('[', '1', ']', 2000)} AS x`, 'TOO_COMPLEX'],
  [`RETURN ${nested('(', '1', ')', 2000)} AS x`, 'TOO_COMPLEX'],
];

/** Parameters the queries above are run with. */
export const COSTLY_QUERY_PARAMS = { from: 1, to: 4_000_000_000, big: 'x'.repeat(100_000) };
