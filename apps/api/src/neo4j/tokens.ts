// Injection tokens: the executor (health checks; requests read through their own views of it), the rest of ApiDeps.
export const NEO4J_EXECUTOR = Symbol('NEO4J_EXECUTOR');
export const SAVED_QUERIES = Symbol('SAVED_QUERIES');
export const INGESTER = Symbol('INGESTER');
export const REWRITER = Symbol('REWRITER');
export const EXTRACTION_POOL = Symbol('EXTRACTION_POOL');
export const API_OPTIONS = Symbol('API_OPTIONS');
