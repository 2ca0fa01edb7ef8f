/**
 * A person's real name (实名) as on an identity document: Chinese characters, with · between the
 * parts of a transliterated name (阿依古丽·买买提), or Latin letters for foreigners.
 */

export type PersonNameFailure =
  'EMPTY' | 'MARKUP' | 'CONTROL_CHARACTERS' | 'DIGITS' | 'CHARACTERS' | 'TOO_SHORT' | 'TOO_LONG';

export type PersonNameResult =
  { ok: true; name: string } | { ok: false; reason: PersonNameFailure };

export const MAX_CHINESE_NAME_LENGTH = 20;
export const MAX_LATIN_NAME_LENGTH = 40;
const MIN_NAME_LENGTH = 2;

/** What the citizen is told for each failure; the error code is always NAME_INVALID. */
export const PERSON_NAME_MESSAGES: Record<PersonNameFailure, string> = {
  EMPTY: '请输入姓名',
  MARKUP: '姓名不能包含 < > 等符号',
  CONTROL_CHARACTERS: '姓名含有无法识别的字符，请重新输入',
  DIGITS: '姓名不能包含数字',
  CHARACTERS: '姓名只能是汉字（少数民族姓名可用·分隔）或英文字母',
  TOO_SHORT: '姓名至少需要2个字',
  TOO_LONG: `姓名过长：中文姓名不超过${MAX_CHINESE_NAME_LENGTH}个字，英文姓名不超过${MAX_LATIN_NAME_LENGTH}个字母`,
};

// C0/C1 controls, zero-width and bidirectional marks (which can make a name display reversed).
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/;
const MARKUP = /[<>＜＞]|&[#a-z0-9]+;|javascript:/i;
const DIGITS = /[0-9\uFF10-\uFF19]/;
/** Middle dots people type instead of · (U+00B7). */
const MIDDLE_DOT_VARIANTS = /[•・･‧∙⋅●]/g;
/** CJK ideographs: the basic block, extension A, compatibility, and extensions B–G (rare names). */
const CHINESE_NAME =
  /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}\u{30000}-\u{3134F}]+(?:·[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}\u{30000}-\u{3134F}]+)*$/u;
/** Latin letters incl. accented ones, words separated by single spaces, - or '. */
const LATIN_NAME =
  /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[ '-][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;

/**
 * Checks a real name and returns it as stored: trimmed, inner white space of a Latin name
 * collapsed to single spaces, any white space in a Chinese name removed, middle-dot look-alikes
 * turned into ·. Markup, control characters and digits are refused with their own reasons.
 */
export function validatePersonName(input: string): PersonNameResult {
  if (MARKUP.test(input)) return { ok: false, reason: 'MARKUP' };
  if (CONTROL_CHARACTERS.test(input.replace(/[\t\n\r]/g, ' '))) {
    return { ok: false, reason: 'CONTROL_CHARACTERS' };
  }
  const trimmed = input.replace(/[\s\u3000]+/g, ' ').trim();
  if (trimmed.length === 0) return { ok: false, reason: 'EMPTY' };
  if (DIGITS.test(trimmed)) return { ok: false, reason: 'DIGITS' };

  const chinese = trimmed.replace(/ /g, '').replace(MIDDLE_DOT_VARIANTS, '·');
  if (CHINESE_NAME.test(chinese)) {
    const length = Array.from(chinese).length;
    if (length < MIN_NAME_LENGTH) return { ok: false, reason: 'TOO_SHORT' };
    if (length > MAX_CHINESE_NAME_LENGTH) return { ok: false, reason: 'TOO_LONG' };
    return { ok: true, name: chinese };
  }
  if (LATIN_NAME.test(trimmed)) {
    if (trimmed.length < MIN_NAME_LENGTH) return { ok: false, reason: 'TOO_SHORT' };
    if (trimmed.length > MAX_LATIN_NAME_LENGTH) return { ok: false, reason: 'TOO_LONG' };
    return { ok: true, name: trimmed };
  }
  return { ok: false, reason: 'CHARACTERS' };
}
