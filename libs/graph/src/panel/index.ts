export * from './coverage.queries';
export * from './panel-rows';
export * from './panel.queries';
export * from './table';
export * from './curves';
export * from './variants';
export * from './variant-patterns';
export * from './variant-candidates';
