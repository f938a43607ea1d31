import { decodeView, encodeView, DEFAULT_VIEW, ViewState } from './url-state';

describe('URL view state', () => {
  it('encodes the defaults as an empty string', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a full view, including ids with commas, pipes and astral characters', () => {
    const view: ViewState = {
      q: '全域美丽',
      focus: ['330113004|星动巴士', 'street:330113:新街,街道', '𠀋'],
      sel: 'slogan:全域美丽',
      filter: { hiddenKinds: ['document', 'outcome'], place: '临平区', from: 2019, to: 2024 },
      year: 2021,
      slogan: '全域美丽',
      compare: '三严三实',
      level: 'city',
      layout: 'concentric',
      lang: 'en',
      tab: 'diffusion',
      doc: 'ab'.repeat(32),
      span: { start: 1204, end: 1209 },
      mention: '330113004|星动巴士',
      body: '330113004',
      expanded: ['330113004', '330113004|星动巴士'],
      hidden: ['第03：专题,x'],
      trace: { from: '330113004|星动巴士', to: '三个全域' },
      query: 'MATCH (n) WHERE n.name = $name RETURN n',
      params: '{"name": "全域美丽"}',
    };
    expect(decodeView(encodeView(view))).toEqual(view);
    expect(decodeView('?' + encodeView(view))).toEqual(view);
  });

  it('carries the document span and the picked mention', () => {
    const query = encodeView({ ...DEFAULT_VIEW, tab: 'document', doc: 'f0'.repeat(32), span: { start: 0, end: 12 }, mention: 'slogan:全域美丽' });
    const params = new URLSearchParams(query);
    expect(params.get('span')).toBe('0-12');
    expect(params.get('mention')).toBe('slogan:全域美丽');
    expect(decodeView(query)).toMatchObject({ doc: 'f0'.repeat(32), span: { start: 0, end: 12 }, mention: 'slogan:全域美丽' });
  });

  it('drops a span that is not two increasing offsets', () => {
    for (const bad of ['12', '12-12', '20-10', '-1-5', 'a-b', '1-2-3', '1.5-3', '1-99999999999']) expect(decodeView(`?doc=x&span=${bad}`).span).toBeNull();
    expect(decodeView('?doc=x&span=7-8').span).toEqual({ start: 7, end: 8 });
  });

  it('falls back to defaults for malformed values', () => {
    const v = decodeView('?year=20x9&from=99&layout=cola&lang=fr&tab=nope&level=county');
    expect(v.year).toBeNull();
    expect(v.filter.from).toBeNull();
    expect(v.layout).toBe('fcose');
    expect(v.lang).toBe('zh');
    expect(v.tab).toBe('evidence');
    expect(v.level).toBeNull();
  });
});
