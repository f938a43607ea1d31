export { analyseStructure } from './structure';
export type { DocumentStructure, Heading, Paragraph, TextSpan } from './structure';
export { splitLines } from './lines';
export type { Line } from './lines';
