export { OffsetMap, MappedTextBuilder } from './offset-map';
export { removePinyinGlosses } from './gloss';
export { detectScript, convertToSimplified } from './script';
export type { Script } from './script';
export { unifyWidth } from './width';
export { normaliseText } from './normalise';
export type { NormalisedText } from './normalise';
