import { compareSearchHits, matchPosition, rankSearchHits, type RankableHit } from './ranking';

const hit = (overrides: Partial<RankableHit>): RankableHit => ({
  code: 'A',
  name: '事项',
  match: 'NAME',
  position: 'CONTAINS',
  ...overrides,
});

describe('matchPosition', () => {
  it('tells exact, prefix and contains apart', () => {
    expect(matchPosition('饭店', '饭店')).toBe('EXACT');
    expect(matchPosition('我要', '我要开饭店')).toBe('PREFIX');
    expect(matchPosition('饭店', '我要开饭店')).toBe('CONTAINS');
    expect(matchPosition('超市', '我要开饭店')).toBeNull();
    expect(matchPosition('', '我要开饭店')).toBeNull();
  });
});

describe('search ranking', () => {
  it('ranks name, synonym, pinyin, initials, typo, material, department in that order', () => {
    const order = [
      'DEPARTMENT',
      'MATERIAL',
      'TYPO',
      'INITIALS',
      'PINYIN',
      'SYNONYM',
      'NAME',
    ] as const;
    const hits = order.map((match, index) => hit({ match, code: String(index) }));
    expect(rankSearchHits(hits).map((h) => h.match)).toEqual([...order].reverse());
  });

  it('puts a name match before a material match even when the material match is exact', () => {
    const material = hit({ code: 'M', match: 'MATERIAL', position: 'EXACT', name: '短' });
    const name = hit({ code: 'N', match: 'NAME', position: 'CONTAINS', name: '很长很长的名字' });
    expect(rankSearchHits([material, name]).map((h) => h.code)).toEqual(['N', 'M']);
  });

  it('puts exact before prefix before contains', () => {
    const hits = [
      hit({ code: 'C', position: 'CONTAINS', name: '甲' }),
      hit({ code: 'P', position: 'PREFIX', name: '甲乙丙' }),
      hit({ code: 'E', position: 'EXACT', name: '甲乙丙丁' }),
    ];
    expect(rankSearchHits(hits).map((h) => h.code)).toEqual(['E', 'P', 'C']);
  });

  it('breaks ties by the shorter name, then by code', () => {
    expect(compareSearchHits(hit({ name: '甲乙' }), hit({ name: '甲乙丙' }))).toBeLessThan(0);
    expect(compareSearchHits(hit({ code: 'B' }), hit({ code: 'A' }))).toBeGreaterThan(0);
    expect(compareSearchHits(hit({}), hit({}))).toBe(0);
  });
});
