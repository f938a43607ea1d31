import { PlaceRows } from '../ingest/place-rows';
import { COUNTY_CHANGES } from '@policy-graph/model';
import { loadGazetteer } from './gazetteer';

describe('gazetteer places', () => {
  const gazetteer = loadGazetteer();

  it('places 星桥街道 in 余杭区 until 2020 and in 临平区 since 2021', () => {
    const rows = new PlaceRows(gazetteer);
    const id = rows.addSubject({ street: '星桥街道', district: '余杭区', city: '杭州市', province: '浙江省', code: null });
    expect(id).toBe('330113004');
    const parents = [...rows.partOf.values()].filter((m) => m.child === id);
    expect(parents).toEqual(
      expect.arrayContaining([
        { child: id, parent: '330110', since: null, until: 2020 },
        { child: id, parent: '330113', since: 2021, until: null },
      ]),
    );
  });

  it('tells same-named streets apart by district', () => {
    const rows = new PlaceRows(gazetteer);
    expect(rows.addSubject({ street: '新街街道', district: '萧山区', city: '杭州市', province: '浙江省', code: null })).toBe('330109014');
  });

  it('hangs a municipality district off the province', () => {
    expect(gazetteer.memberships('110101')).toEqual([{ child: '110101', parent: '11', since: null, until: null }]);
  });

  it('keeps an unknown place under its parent with a composed id', () => {
    const rows = new PlaceRows(gazetteer);
    expect(rows.addSubject({ street: '某某街道', district: '萧山区', city: '杭州市', province: '浙江省', code: null })).toBe(
      'street:330109:某某街道',
    );
  });
});

describe('boundary changes since 2010 (county-changes.json)', () => {
  const gazetteer = loadGazetteer();

  it('reads every change of the data file, in every province', () => {
    const provinces = new Set(COUNTY_CHANGES.map((c) => c.code.slice(0, 2)));
    expect(provinces.size).toBeGreaterThanOrEqual(30);
    expect(Math.min(...COUNTY_CHANGES.map((c) => c.year))).toBe(2011);
    expect(COUNTY_CHANGES).toContainEqual({ year: 2021, kind: 'created', code: '330114', name: '钱塘区', related: ['江干区', '萧山区'] });
  });

  it('keeps a street of a district made from several under the one it came from', () => {
    expect(gazetteer.memberships('330114001')).toEqual([
      { child: '330114001', parent: '330104', since: null, until: 2020 },
      { child: '330114001', parent: '330114', since: 2021, until: null },
    ]);
    expect(gazetteer.lineage('330114001').map((p) => p.name)).toEqual(['下沙街道', '江干区', '杭州市', '浙江省', '钱塘区']);
  });

  it('knows a county that became a district under a new code, and the streets it had', () => {
    expect(gazetteer.get('350427')).toEqual({ code: '350427', name: '沙县', level: 'district', parentCode: '3504' });
    expect(gazetteer.memberships('350427')).toEqual([{ child: '350427', parent: '3504', since: null, until: 2020 }]);
    const street = gazetteer.find('street', '凤岗街道', '350405')[0];
    expect(gazetteer.memberships(street.code)).toContainEqual({ child: street.code, parent: '350427', since: null, until: 2020 });
  });

  it('knows an abolished prefecture and hangs its districts off it', () => {
    expect(gazetteer.get('3414')).toMatchObject({ name: '巢湖市', level: 'city', parentCode: '34' });
    expect(gazetteer.lineage('341402').map((p) => p.name)).toEqual(['居巢区', '巢湖市', '安徽省']);
  });

  it("finds today's place before an abolished one of the same name", () => {
    expect(gazetteer.find('district', '崇川区').map((p) => p.code)).toEqual(['320613']);
    expect(gazetteer.find('district', '江干区').map((p) => p.code)).toEqual(['330104']);
  });
});
