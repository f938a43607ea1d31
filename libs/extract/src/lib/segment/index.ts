export { cutRaw, tagSpans, tagWords } from './jieba';
export type { TaggedSpans, Word } from './jieba';
