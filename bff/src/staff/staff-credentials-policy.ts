/**
 * What a staff username and password must look like. Pure rules: used by the GraphQL boundary,
 * the services and the start-up configuration (BOOTSTRAP_ADMIN_*).
 */

export const STAFF_PASSWORD_MIN_LENGTH = 10;
/** scrypt takes any length; the cap keeps a request from making the server hash megabytes. */
export const STAFF_PASSWORD_MAX_LENGTH = 128;

export type StaffPasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'NEEDS_LETTER_AND_DIGIT';

export const STAFF_PASSWORD_MESSAGES: Record<StaffPasswordProblem, string> = {
  TOO_SHORT: `密码至少需要 ${STAFF_PASSWORD_MIN_LENGTH} 位，且须同时包含字母和数字`,
  TOO_LONG: `密码不能超过 ${STAFF_PASSWORD_MAX_LENGTH} 位`,
  NEEDS_LETTER_AND_DIGIT: '密码须同时包含字母和数字',
};

export const STAFF_PASSWORD_RULE_EN = `must be ${STAFF_PASSWORD_MIN_LENGTH} to ${STAFF_PASSWORD_MAX_LENGTH} characters with at least one letter and one digit`;

/** Why a new staff password is not acceptable, or null when it is. Length in characters. */
export function staffPasswordProblem(password: string): StaffPasswordProblem | null {
  const length = Array.from(password).length;
  if (length < STAFF_PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > STAFF_PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'NEEDS_LETTER_AND_DIGIT';
  return null;
}

/** A letter, then 2–31 letters, digits, dots, underscores or hyphens. */
export const STAFF_USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{2,31}$/;
export const STAFF_USERNAME_MESSAGE =
  '用户名须为 3—32 位字母、数字、点、下划线或连字符，以字母开头';
export const STAFF_USERNAME_RULE_EN =
  'must be 3 to 32 letters, digits, dots, underscores or hyphens, starting with a letter';

/**
 * The stored form of a username: trimmed and lower-case, so `ZhangMin` and `zhangmin` are one
 * account on SQLite and MySQL alike. Null when it does not follow the pattern.
 */
export function normaliseStaffUsername(input: string): string | null {
  const trimmed = input.trim();
  return STAFF_USERNAME_PATTERN.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** Display names: what colleagues and admins see, e.g. 张敏 or 综合窗口 01. */
export const STAFF_DISPLAY_NAME_MAX_LENGTH = 32;
export const STAFF_DISPLAY_NAME_MESSAGE = `姓名须为 1—${STAFF_DISPLAY_NAME_MAX_LENGTH} 个字，不能含有 < > 等特殊符号`;

/** The trimmed display name, or null when empty, too long or containing markup/control characters. */
export function normaliseStaffDisplayName(input: string): string | null {
  const trimmed = input.trim().replace(/\s+/g, ' ');
  const length = Array.from(trimmed).length;
  if (length === 0 || length > STAFF_DISPLAY_NAME_MAX_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[<>&"'`\\\u0000-\u001f\u007f]/.test(trimmed)) return null;
  return trimmed;
}
