export * from './gazetteer';
export type { GazetteerPlace } from './gazetteer-data';
