// What the CLI and the tests use to run the API.
export { apiDepsFrom, apiOptionsFrom, GRAPHQL_LIMITS } from './deps';
export { readerOf } from './neo4j/reader';
export type { OwnedDeps } from './deps';
export { createApiApp, startApi } from './bootstrap';
export { warmUp } from './warm-up';
export type { RunningApi } from './bootstrap';
export type { ApiDeps } from './api.module';
export type { ApiOptions } from './api-options';
