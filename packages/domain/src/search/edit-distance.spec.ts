import {
  editDistance,
  substringEditDistance,
  withinOneEdit,
  withinOneEditOfPart,
} from './edit-distance';

describe('editDistance', () => {
  it('counts one substitution, insertion, deletion or transposition as one edit', () => {
    expect(editDistance('我要开饭店', '我要开饭店')).toBe(0);
    expect(editDistance('我要开饭点', '我要开饭店')).toBe(1);
    expect(editDistance('我要开饭', '我要开饭店')).toBe(1);
    expect(editDistance('我要开开饭店', '我要开饭店')).toBe(1);
    expect(editDistance('我要饭开店', '我要开饭店')).toBe(1);
    expect(editDistance('kaifandain', 'kaifandian')).toBe(1);
  });

  it('counts further edits', () => {
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('yingyezhizao', 'yingyezhizhao')).toBe(1);
    expect(editDistance('yingyzhizao', 'yingyezhizhao')).toBe(2);
  });
});

describe('substringEditDistance', () => {
  it('finds a query that is one edit from a part of a longer text', () => {
    expect(substringEditDistance('食品经营许克', '食品经营许可证核发')).toBe(1);
    expect(substringEditDistance('kaifandain', 'woyaokaifandian')).toBe(1);
    expect(substringEditDistance('kiafandian', 'woyaokaifandian')).toBe(1);
    expect(substringEditDistance('营业执照', '申请营业执照')).toBe(0);
  });

  it('does not find texts two edits away', () => {
    expect(withinOneEdit('食品经营许克证', '食品经营许可证核发')).toBe(true);
    expect(withinOneEdit('食品经许克证', '食品经营许可证核发')).toBe(false);
    expect(withinOneEdit('我要开饭点', '我要开饭店啊', true)).toBe(false);
  });
});

describe('withinOneEditOfPart', () => {
  it('agrees with the full alignment', () => {
    const texts = ['食品经营许可证核发', 'woyaokaifandian', '我要开饭店', 'abc'];
    const patterns = [
      '食品经营许克',
      '许可证核',
      'kaifandain',
      'kiafandian',
      'aokf',
      '我要饭开店',
      'xyz',
      'ab',
    ];
    for (const text of texts)
      for (const pattern of patterns)
        expect(withinOneEditOfPart(pattern, text)).toBe(substringEditDistance(pattern, text) <= 1);
  });
});
