import type { CypherGuardCode } from './cypher-guard.error';

/** Clauses an analyst may use: they read the graph and nothing else. */
export const ALLOWED_CLAUSES: ReadonlySet<string> = new Set([
  'matchClause',
  'returnClause',
  'withClause',
  'unwindClause',
  'orderBySkipLimitClause',
  'callClause',
  'subqueryClause',
  'finishClause',
]);

/** Procedures that only read the catalogue or the full-text indexes. Matched exactly. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Built-in function namespaces (temporal, spatial, vector); un-namespaced built-ins are allowed. */
export const ALLOWED_FUNCTION_NAMESPACES: ReadonlySet<string> = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector.similarity',
]);

interface RuleRejection {
  code: CypherGuardCode;
  what: string;
  why: string;
}

const WRITES = 'it writes to the graph and the console is read-only';

/** Grammar rules refused wherever they appear, with the reason given to the analyst. */
export const REJECTED_RULES: ReadonlyMap<string, RuleRejection> = new Map([
  ['createClause', { code: 'WRITE_CLAUSE', what: 'CREATE', why: WRITES }],
  ['insertClause', { code: 'WRITE_CLAUSE', what: 'INSERT', why: WRITES }],
  ['mergeClause', { code: 'WRITE_CLAUSE', what: 'MERGE', why: WRITES }],
  ['setClause', { code: 'WRITE_CLAUSE', what: 'SET', why: WRITES }],
  ['deleteClause', { code: 'WRITE_CLAUSE', what: 'DELETE / DETACH DELETE', why: WRITES }],
  ['removeClause', { code: 'WRITE_CLAUSE', what: 'REMOVE', why: WRITES }],
  ['foreachClause', { code: 'WRITE_CLAUSE', what: 'FOREACH', why: 'it exists only to write; use UNWIND to read lists' }],
  ['loadCSVClause', { code: 'LOAD_CSV', what: 'LOAD CSV', why: 'it reads files and URLs outside the database' }],
  ['subqueryInTransactionsParameters', { code: 'IN_TRANSACTIONS', what: 'CALL { … } IN TRANSACTIONS', why: 'it commits transactions of its own' }],
  ['useClause', { code: 'USE_DATABASE', what: 'USE', why: 'queries run against the policy graph only' }],
  ['command', { code: 'ADMIN_COMMAND', what: 'an administration or schema command', why: 'indexes, constraints, users and databases are not managed from the console' }],
  ['composableCommandClauses', { code: 'ADMIN_COMMAND', what: 'SHOW / TERMINATE', why: 'server administration is not available from the console' }],
  ['consoleCommand', { code: 'CONSOLE_COMMAND', what: 'a console command (:param, :use …)', why: 'send parameters alongside the query instead' }],
  ['preparserOption', { code: 'QUERY_OPTIONS', what: 'EXPLAIN / PROFILE / CYPHER options', why: 'the service plans and runs the query itself' }],
  ['localDefinition', { code: 'UNSUPPORTED_CLAUSE', what: 'DEFINE', why: 'local procedure and function definitions are not supported' }],
  ['when', { code: 'UNSUPPORTED_CLAUSE', what: 'WHEN … THEN', why: 'conditional queries are not supported by the server' }],
]);
