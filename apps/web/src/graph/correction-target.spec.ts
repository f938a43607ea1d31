import { correctionTarget, entityTargets, renamedId } from './correction-target';

const labels: Record<string, string> = { '330113004|星动巴士': '星动巴士', 全域创新: '全域创新' };
const labelOf = (id: string) => labels[id];

describe('correctionTarget', () => {
  it('names a FULFILS edge by its project’s name and its slogan’s id', () => {
    const edge = { id: 'r170', source: '330113004|星动巴士', target: '全域创新', type: 'FULFILS' };
    expect(correctionTarget(edge, labelOf)).toBe('FULFILS:星动巴士→全域创新');
  });

  it('names a HAS_PART edge by its two slogans', () => {
    expect(correctionTarget({ id: 'r9', source: '三个全域', target: '全域创新', type: 'HAS_PART' }, labelOf)).toBe('HAS_PART:三个全域→全域创新');
  });

  it('names slogans by id and projects by name', () => {
    expect(correctionTarget({ id: '全域创新', label: '全域创新', type: 'Slogan' }, labelOf)).toBe('Slogan:全域创新');
    expect(correctionTarget({ id: '330113004|星动巴士', label: '星动巴士', type: 'Project' }, labelOf)).toBe('Project:星动巴士');
  });

  it('has nothing for what corrections do not address', () => {
    expect(correctionTarget({ id: 'r56', source: '330113004', target: '全域创新', type: 'ADOPTS' }, labelOf)).toBeNull();
    expect(correctionTarget({ id: '330113004', label: '星桥街道', type: 'Place' }, labelOf)).toBeNull();
  });
});

describe('entityTargets', () => {
  it('files a slogan’s log under its name and its aliases', () => {
    const slogan = { id: '全域美丽', label: '全域美丽', type: 'Slogan', properties: { aliases: ['全域美丽大花园'] } };
    expect(entityTargets(slogan, labelOf)).toEqual(['Slogan:全域美丽', 'Slogan:全域美丽大花园']);
  });

  it('has one target for a tie', () => {
    expect(entityTargets({ id: 'r1', source: '330113004|星动巴士', target: '全域创新', type: 'FULFILS' }, labelOf)).toEqual(['FULFILS:星动巴士→全域创新']);
  });
});

describe('renamedId', () => {
  it('keeps a project’s body and gives a slogan the new name', () => {
    expect(renamedId('330113004|星动巴士', 'Project', '星动公交')).toBe('330113004|星动公交');
    expect(renamedId('全域创新', 'Slogan', '全域创新行动')).toBe('全域创新行动');
  });
});
