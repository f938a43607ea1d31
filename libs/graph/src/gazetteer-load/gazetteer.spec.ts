import { PlaceRows } from '../ingest/place-rows';
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
