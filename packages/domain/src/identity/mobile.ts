/** Mainland China mobile numbers: 11 digits, 1 then 3–9, optionally written with +86 / 86. */

export type MobileFailure = 'EMPTY' | 'CHARACTERS' | 'LENGTH' | 'PREFIX';

export type MobileResult = { ok: true; mobile: string } | { ok: false; reason: MobileFailure };

/** What the citizen is told for each failure; the error code is always PHONE_INVALID. */
export const MOBILE_MESSAGES: Record<MobileFailure, string> = {
  EMPTY: '请输入手机号码',
  CHARACTERS: '手机号码只能包含数字',
  LENGTH: '手机号码应为11位数字',
  PREFIX: '请输入正确的中国大陆手机号码',
};

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * The 11 digits of a mobile number as stored and hashed. Spaces, dashes and a +86 / 86 / 0086
 * country prefix are dropped and full-width digits read as digits; anything else is refused.
 */
export function normaliseMobile(input: string): MobileResult {
  let digits = input
    .replace(FULL_WIDTH_DIGIT, (char) =>
      String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(/[\s\u3000\-－]+/g, '');
  if (digits.length === 0) return { ok: false, reason: 'EMPTY' };
  const international = /^(?:\+|00)86/.exec(digits);
  if (international) digits = digits.slice(international[0].length);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'CHARACTERS' };
  if (digits.length !== 11) return { ok: false, reason: 'LENGTH' };
  if (!/^1[3-9]/.test(digits)) return { ok: false, reason: 'PREFIX' };
  return { ok: true, mobile: digits };
}
