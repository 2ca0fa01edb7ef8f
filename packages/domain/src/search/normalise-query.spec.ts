import { MAX_QUERY_LENGTH, normaliseQuery, toHalfWidth } from './normalise-query';

describe('normaliseQuery', () => {
  it('trims, collapses white space and lower-cases', () => {
    expect(normaliseQuery('  Kai   Fan\tDian \n')).toEqual({ ok: true, query: 'kai fan dian' });
  });

  it('turns full-width letters, digits, brackets and spaces into half-width', () => {
    expect(toHalfWidth('ＫＦＤ１２３（）')).toBe('KFD123()');
    expect(normaliseQuery('ＫＦＤ\u3000饭店')).toEqual({ ok: true, query: 'kfd 饭店' });
  });

  it('keeps Chinese and punctuation that is just text', () => {
    expect(normaliseQuery("'; DROP TABLE x; --")).toEqual({
      ok: true,
      query: "'; drop table x; --",
    });
    expect(normaliseQuery('{ }%_')).toEqual({ ok: true, query: '{ }%_' });
  });

  it('gives an empty query for blank input', () => {
    expect(normaliseQuery('   ')).toEqual({ ok: true, query: '' });
  });

  it('refuses control characters', () => {
    expect(normaliseQuery('饭店\u0000')).toEqual({ ok: false, code: 'QUERY_INVALID_CHARACTERS' });
    expect(normaliseQuery('\u001b[31m')).toEqual({ ok: false, code: 'QUERY_INVALID_CHARACTERS' });
    expect(normaliseQuery('a\u0085b')).toEqual({ ok: false, code: 'QUERY_INVALID_CHARACTERS' });
  });

  it('accepts 50 characters and refuses 51, counted after collapsing white space', () => {
    expect(normaliseQuery('办'.repeat(MAX_QUERY_LENGTH))).toEqual({
      ok: true,
      query: '办'.repeat(50),
    });
    expect(normaliseQuery('办'.repeat(51))).toEqual({ ok: false, code: 'QUERY_TOO_LONG' });
    expect(normaliseQuery(`  ${'a'.repeat(50)}     `).ok).toBe(true);
  });

  it('counts characters outside the basic plane once', () => {
    expect(normaliseQuery('𠀀'.repeat(50)).ok).toBe(true);
  });
});
