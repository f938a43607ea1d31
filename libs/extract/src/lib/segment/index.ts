export { cutRaw, tagWords } from './jieba';
export type { Word } from './jieba';
