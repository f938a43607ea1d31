export * from './canonical-name';
export * from './document-rows';
export * from './document-writer';
export * from './romanize';
export * from './slogan-aliases';
export * from './unit-family';
export * from './write-counts';
export type { EntityRow } from './entity-rows';
export type { PartOfRow, PlaceRow } from './place-rows';
