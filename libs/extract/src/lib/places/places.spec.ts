import { extractText } from '../pipeline/extract-text';
import { districtAsOf } from './boundary-changes';

describe('places and subject', () => {
  it('reports the district a street belonged to at the document date', () => {
    expect(districtAsOf('星桥街道', '临平区', 2019)).toBe('余杭区');
    expect(districtAsOf('星桥街道', '临平区', 2022)).toBe('临平区');
    expect(districtAsOf('星桥街道', '临平区', null)).toBe('临平区');
  });
  it('takes the subject from the street the text reports on, as at its year', () => {
    const text = '2019年03月15日 星期五\n星桥街道召开大会。星桥街道推进“三个全域”。星桥街道实现垃圾减量7000吨。';
    expect(extractText(text).subject).toMatchObject({ street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: '330113004' });
  });
  it('chooses among streets of the same name by the places around them', () => {
    const text = '杭州市萧山区人民政府新街街道办事处。新街街道开展工作。新街街道完成任务。';
    expect(extractText(text).subject).toMatchObject({ street: '新街街道', district: '萧山区', province: '浙江省' });
  });
  it('gives null for redacted names, falling back to unredacted evidence', () => {
    const x = extractText('打造“**东部中心”，对标硅谷。加大对来深建设者的公共服务，辐射粤东地区。**街道**社区。');
    expect(x.subject).toMatchObject({ street: null, district: null, city: '深圳市', province: '广东省' });
  });
  it('never takes a common word for a place', () => {
    const x = extractText('建设开发区和保税区，发展乡村旅游，打造中心镇。'.repeat(5));
    expect(x.subject.street).toBeNull();
  });
});
