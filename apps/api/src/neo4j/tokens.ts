// Injection tokens for the graph: the reader the read services use, the executor behind it.
export const CYPHER_READER = Symbol('CYPHER_READER');
export const NEO4J_EXECUTOR = Symbol('NEO4J_EXECUTOR');
export const SAVED_QUERIES = Symbol('SAVED_QUERIES');
export const INGESTER = Symbol('INGESTER');
export const API_OPTIONS = Symbol('API_OPTIONS');
