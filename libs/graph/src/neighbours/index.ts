export * from './shared-borders';
export * from './boundary-source';
export * from './compute-neighbours';
export * from './neighbour-file';
export * from './load-neighbours';
