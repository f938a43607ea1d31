// Public surface of @policy-graph/extract.
export { extractText } from './lib/pipeline/extract-text';
export type { ExtractMeta } from './lib/pipeline/extract-text';
export { extractDocument } from './lib/pipeline/extract-document';
export { extractorVersion } from './lib/pipeline/extractor-version';
export type { DocumentMeta } from './lib/pipeline/extract-document';
export { cutRaw } from './lib/segment';
export { parseNumeral, parseChineseNumeral, parseArabicNumeral } from './lib/outcomes/numerals';
export { gazetteer, districtAsOf } from './lib/places';
