export * from './neo4j-executor';
