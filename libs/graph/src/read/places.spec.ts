import { enclosingAt, type Ancestor } from './places';

const anc = (name: string, level: string, depth: number, since: number | null, until: number | null): Ancestor => ({
  id: name, name, code: null, level, depth, since, until,
});

// 星桥街道 moved from 余杭区 to 临平区 in 2021; both paths lead up to 杭州市 and 浙江省.
const xingqiao = [
  anc('余杭区', 'district', 1, null, 2020), anc('杭州市', 'city', 2, null, 2020), anc('浙江省', 'province', 3, null, 2020),
  anc('临平区', 'district', 1, 2021, null), anc('杭州市', 'city', 2, 2021, null), anc('浙江省', 'province', 3, 2021, null),
];

describe('enclosingAt', () => {
  it('names the district, city and province a street lay in during the year', () => {
    const street = { name: '星桥街道', level: 'street' };
    expect(enclosingAt(street, xingqiao, 2019)).toEqual({ district: '余杭区', city: '杭州市', province: '浙江省' });
    expect(enclosingAt(street, xingqiao, 2022)).toEqual({ district: '临平区', city: '杭州市', province: '浙江省' });
  });

  it('gives a body its own name at its own level and nothing below it', () => {
    expect(enclosingAt({ name: '杭州市', level: 'city' }, [anc('浙江省', 'province', 1, null, null)], 2020)).toEqual({
      district: null, city: '杭州市', province: '浙江省',
    });
    expect(enclosingAt({ name: '浙江省', level: 'province' }, [], 2018)).toEqual({ district: null, city: null, province: '浙江省' });
  });

  it('leaves the country outside every province', () => {
    expect(enclosingAt({ name: '中国', level: 'country' }, [], 2018)).toEqual({ district: null, city: null, province: null });
  });
});
