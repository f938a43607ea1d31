export * from './graph-checksum';
