import { MOBILE_MESSAGES, normaliseMobile } from './mobile';

describe('normaliseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    [' 199 0000 0000 ', '19900000000'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('reads %j as %s', (input, mobile) => {
    expect(normaliseMobile(input)).toEqual({ ok: true, mobile });
  });

  it.each(['3', '4', '5', '6', '7', '8', '9'])('accepts the second digit %s', (second) => {
    expect(normaliseMobile(`1${second}012345678`).ok).toBe(true);
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['138 1234 567a', 'CHARACTERS'],
    ['(138)12345678', 'CHARACTERS'],
    ['+1 415 555 0100', 'CHARACTERS'],
    ['1381234567', 'LENGTH'],
    ['138123456789', 'LENGTH'],
    ['+86 138 1234 567', 'LENGTH'],
    ['12812345678', 'PREFIX'],
    ['10012345678', 'PREFIX'],
    ['23812345678', 'PREFIX'],
    ['053112345678', 'LENGTH'],
  ])('refuses %j as %s', (input, reason) => {
    expect(normaliseMobile(input)).toEqual({ ok: false, reason });
  });

  it('does not take the leading 86 off an 11-digit number', () => {
    expect(normaliseMobile('86123456789')).toEqual({ ok: false, reason: 'PREFIX' });
  });

  it('has a Chinese message for every reason', () => {
    for (const message of Object.values(MOBILE_MESSAGES)) {
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
