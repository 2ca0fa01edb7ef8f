import { PERSON_NAME_MESSAGES, validatePersonName } from './person-name';

describe('validatePersonName', () => {
  it.each([
    ['张三', '张三'],
    ['欧阳娜娜', '欧阳娜娜'],
    [' 张 三 ', '张三'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'],
    ['王𠇔', '王𠇔'],
    ['John Smith', 'John Smith'],
    ['  Anna   Maria  ', 'Anna Maria'],
    ["Seán O'Brien", "Seán O'Brien"],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
  ])('accepts %j as %j', (input, name) => {
    expect(validatePersonName(input)).toEqual({ ok: true, name });
  });

  it('accepts 20 Chinese characters and 40 Latin characters', () => {
    expect(validatePersonName('张'.repeat(20)).ok).toBe(true);
    expect(validatePersonName(`${'A'.repeat(19)} ${'B'.repeat(20)}`).ok).toBe(true);
  });

  it('counts a rare character outside the basic plane as one character', () => {
    expect(validatePersonName('𠇔'.repeat(20)).ok).toBe(true);
    expect(validatePersonName('𠇔'.repeat(21))).toEqual({ ok: false, reason: 'TOO_LONG' });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['张', 'TOO_SHORT'],
    ['A', 'TOO_SHORT'],
    ['张'.repeat(21), 'TOO_LONG'],
    ['A'.repeat(41), 'TOO_LONG'],
    ['<script>alert(1)</script>', 'MARKUP'],
    ['张三<b>', 'MARKUP'],
    ['张三>', 'MARKUP'],
    ['＜张三＞', 'MARKUP'],
    ['张&lt;三', 'MARKUP'],
    ['javascript:alert', 'MARKUP'],
    ['张三\u0000', 'CONTROL_CHARACTERS'],
    ['张\u200B三', 'CONTROL_CHARACTERS'],
    ['张三\u202E', 'CONTROL_CHARACTERS'],
    ['张三1', 'DIGITS'],
    ['Agent 007', 'DIGITS'],
    ['张三３', 'DIGITS'],
    ['张三A', 'CHARACTERS'],
    ['张三!', 'CHARACTERS'],
    ['·张三', 'CHARACTERS'],
    ['张三·', 'CHARACTERS'],
    ['张··三', 'CHARACTERS'],
    ['John  _Smith', 'CHARACTERS'],
    ['🙂🙂', 'CHARACTERS'],
  ])('refuses %j as %s', (input, reason) => {
    expect(validatePersonName(input)).toEqual({ ok: false, reason });
  });

  it('has a Chinese message for every reason', () => {
    for (const message of Object.values(PERSON_NAME_MESSAGES)) {
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
