export * from './boundary-changes';
export * from './gazetteer';
export type { GazetteerPlace } from './gazetteer-data';
