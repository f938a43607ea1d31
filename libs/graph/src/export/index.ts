export * from './export-graph';
export * from './export-rows';
export type { ElementKeys, ExportElement } from './graph-element';
export * from './graph-sources';
export * from './view-file';
