export * from './default-queries-dir';
export * from './run-saved-query';
export * from './saved-query';
export * from './paged-query';
