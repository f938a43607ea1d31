import { placesOf } from './places';

describe('placesOf', () => {
  it('lists districts and cities named by nodes or their properties, sorted and unique', () => {
    const places = placesOf([
      { data: { id: 'a', type: 'Place', level: 'street', district: '萧山区', city: '杭州市' } },
      { data: { id: 'b', type: 'Place', level: 'district', label: '临平区' } },
      { data: { id: 'c', type: 'Project', properties: { district: '萧山区' } } },
      { data: { id: 'ab', source: 'a', target: 'b', district: '不算' } },
    ]);
    expect(places).toEqual(['杭州市', '临平区', '萧山区']);
  });
});
