import { sourceHints } from './source-layout';

describe('sourceHints', () => {
  it('reads the body and the year from the corpus layout', () => {
    expect(sourceHints('corpus/政府工作报告-省自治区/浙江省/2018.md')).toMatchObject({ subject: { province: '浙江省' }, year: 2018 });
    expect(sourceHints('政府工作报告-主要城市/杭州市/2021.md')).toMatchObject({ subject: { city: '杭州市' }, year: 2021 });
    expect(sourceHints('x/政府工作报告-国务院/2018.md')).toEqual({ subject: 'country', year: 2018 });
  });

  it('says nothing about other files', () => {
    expect(sourceHints('seeds/000_99ebe1f9c7b4f081.txt')).toEqual({});
  });
});
