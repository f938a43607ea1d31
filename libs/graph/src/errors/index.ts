export * from './graph-error';
export * from './map-neo4j-error';
