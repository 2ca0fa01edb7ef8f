import {
  normaliseStaffDisplayName,
  normaliseStaffUsername,
  staffPasswordProblem,
  STAFF_PASSWORD_MESSAGES,
} from './staff-credentials-policy';

describe('staff credentials policy', () => {
  it('wants 10+ characters with letters and digits', () => {
    expect(staffPasswordProblem('abc123')).toBe('TOO_SHORT');
    expect(staffPasswordProblem('abcdefghijk')).toBe('NEEDS_LETTER_AND_DIGIT');
    expect(staffPasswordProblem('12345678901')).toBe('NEEDS_LETTER_AND_DIGIT');
    expect(staffPasswordProblem('窗口工作人员密码一二三')).toBe('NEEDS_LETTER_AND_DIGIT');
    expect(staffPasswordProblem('a'.repeat(128) + '1')).toBe('TOO_LONG');
    expect(staffPasswordProblem('window2026')).toBeNull();
    expect(staffPasswordProblem('市中区Window9')).toBeNull();
    for (const message of Object.values(STAFF_PASSWORD_MESSAGES)) {
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('makes usernames case-insensitive and refuses odd ones', () => {
    expect(normaliseStaffUsername('  ZhangMin ')).toBe('zhangmin');
    expect(normaliseStaffUsername('zhang.min-01')).toBe('zhang.min-01');
    expect(normaliseStaffUsername('zm')).toBeNull();
    expect(normaliseStaffUsername('1zhang')).toBeNull();
    expect(normaliseStaffUsername('zhang min')).toBeNull();
    expect(normaliseStaffUsername('张敏')).toBeNull();
    expect(normaliseStaffUsername(`a${'b'.repeat(32)}`)).toBeNull();
  });

  it('accepts display names of 1–32 characters without markup', () => {
    expect(normaliseStaffDisplayName('  张敏  ')).toBe('张敏');
    expect(normaliseStaffDisplayName('综合窗口   01')).toBe('综合窗口 01');
    expect(normaliseStaffDisplayName('')).toBeNull();
    expect(normaliseStaffDisplayName('<script>x</script>')).toBeNull();
    expect(normaliseStaffDisplayName('张'.repeat(33))).toBeNull();
  });
});
