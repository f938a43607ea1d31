// Public surface of @policy-graph/config.
export * from './lib/config';
export * from './lib/env.schema';
export * from './lib/runtime';
export type { NamedToken } from './lib/named-tokens';
export { WRITE_TOKEN_ADMIN } from './lib/role-tokens';
export { createLogger, REDACTED_PATHS } from './lib/logger';
export type { Logger, LoggerOptions } from './lib/logger';
