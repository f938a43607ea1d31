export { gazetteer, shortName } from './gazetteer';
export type { Division, Gazetteer } from './gazetteer';
export { findPlaceMentions } from './mentions';
export { findSubject } from './subject';
export { listPlaces } from './places';
export { districtAsOf } from './boundary-changes';
