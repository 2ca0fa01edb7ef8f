import { SYNONYM_GROUPS, expandSynonyms } from './synonyms';

describe('synonym table', () => {
  it('has at least 30 groups of two or more distinct terms', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(30);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const term of group) expect([...term].length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is stored normalised (no upper case, no white space)', () => {
    for (const term of SYNONYM_GROUPS.flat()) expect(term).toBe(term.toLowerCase().trim());
  });
});

describe('expandSynonyms', () => {
  it('replaces a term by every other term of its group', () => {
    expect(expandSynonyms('饭馆')).toEqual(['饭店', '餐馆', '餐饮', '餐厅']);
    expect(expandSynonyms('执照')).toEqual(expect.arrayContaining(['营业执照', '设立登记']));
    expect(expandSynonyms('社保')).toContain('社会保险');
    expect(expandSynonyms('社会保险')).toContain('社保');
  });

  it('replaces the term inside a longer query', () => {
    expect(expandSynonyms('我要开饭馆')).toContain('我要开饭店');
    expect(expandSynonyms('提取公积金')).toContain('提取住房公积金');
  });

  it('replaces the longest term of a group, not a shorter one inside it', () => {
    const alternatives = expandSynonyms('营业执照');
    expect(alternatives).toContain('执照');
    expect(alternatives).not.toContain('营业营业执照');
  });

  it('gives nothing for a query without synonyms', () => {
    expect(expandSynonyms('kfd')).toEqual([]);
    expect(expandSynonyms('')).toEqual([]);
  });
});
