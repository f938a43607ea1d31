import { variantMatch } from './variant-patterns';

describe('variantMatch', () => {
  it('finds the ways of saying 最多跑一次 another way', () => {
    expect(variantMatch('最多跑一次', '最多跑一趟')?.reasons).toContain('one character apart');
    expect(variantMatch('最多跑一次', '只跑一次')?.reasons).toContain('edit distance 2');
    expect(variantMatch('最多跑一次', '一次不跑')?.reasons).toEqual(['same characters']);
    expect(variantMatch('最多跑一次', '最少跑一次')?.reasons).toEqual(['one character apart', 'same frame', 'same characters']);
  });

  it('leaves out unrelated names, a name inside the other and programmes that differ only in their count', () => {
    expect(variantMatch('最多跑一次', '数据多跑路、群众少跑腿')).toBeNull();
    expect(variantMatch('最多跑一次', '零跑腿')).toBeNull();
    expect(variantMatch('最多跑一次', '办事不求人、审批不见面、最多跑一次')).toBeNull();
    expect(variantMatch('十三五', '十二五')).toBeNull();
    expect(variantMatch('三农', '三公')).toBeNull();
  });
});
