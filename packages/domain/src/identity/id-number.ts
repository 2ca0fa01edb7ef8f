/**
 * Resident identity card numbers (公民身份号码) under GB 11643-1999: six digits of region, eight of
 * birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 */

export type IdNumberFailure = 'FORMAT' | 'CHECK_DIGIT' | 'BIRTH_DATE' | 'REGION';

export type Sex = 'M' | 'F';

export type IdNumberResult =
  | {
      ok: true;
      /** The number as it should be stored and hashed: 18 characters, an upper-case X. */
      idNumber: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: Sex;
      regionCode: string;
    }
  | { ok: false; reason: IdNumberFailure };

/** What the citizen is told for each failure; the error code is always ID_NUMBER_INVALID. */
export const ID_NUMBER_MESSAGES: Record<IdNumberFailure, string> = {
  FORMAT: '身份证号码应为18位，由数字组成，最后一位可以是X',
  CHECK_DIGIT: '身份证号码校验位不正确，请核对后重新输入',
  BIRTH_DATE: '身份证号码中的出生日期不存在，请核对后重新输入',
  REGION: '身份证号码中的地区码不正确，请核对后重新输入',
};

/** Province-level codes (the first two digits) of the mainland, Taiwan, Hong Kong and Macao. */
const PROVINCE_CODE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 82],
];
const PROVINCE_CODES: ReadonlySet<string> = new Set(
  PROVINCE_CODE_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String(from + i)),
  ),
);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
/** Far enough ahead that no birth date counts as "in the future" when only the age is wanted. */
const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

/** White space removed, a lower-case x upper-cased; nothing else is changed. */
export function normaliseIdNumber(input: string): string {
  return input.replace(/[\s\u3000]+/g, '').toUpperCase();
}

/** The check character (0–9 or X) for the first 17 digits of a number. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** The calendar date (YYYY-MM-DD) of an instant in China (UTC+8 all year, no daylight saving). */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Validates a citizen ID number. Checks run from the most specific to the least, so the message
 * points at the part that is wrong: the format, then the region code, the birth date (a real day,
 * from 1900 up to today in China) and last the check character.
 */
export function parseIdNumber(input: string, today: Date = new Date()): IdNumberResult {
  const idNumber = normaliseIdNumber(input);
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, reason: 'FORMAT' };

  const regionCode = idNumber.slice(0, 6);
  if (!PROVINCE_CODES.has(idNumber.slice(0, 2))) return { ok: false, reason: 'REGION' };

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (
    !isRealDate(year, month, day) ||
    birthDate < EARLIEST_BIRTH_DATE ||
    birthDate > chinaDate(today)
  ) {
    return { ok: false, reason: 'BIRTH_DATE' };
  }

  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber.charAt(17)) {
    return { ok: false, reason: 'CHECK_DIGIT' };
  }

  const sex: Sex = Number(idNumber.charAt(16)) % 2 === 1 ? 'M' : 'F';
  return { ok: true, idNumber, birthDate, sex, regionCode };
}

/**
 * Age in whole years on a day: a valid ID number or a birth date (YYYY-MM-DD), and the day as a
 * Date (its calendar date in China) or YYYY-MM-DD. Before this year's birthday it is one less;
 * someone born on 29 February turns a year older on 1 March in other years.
 * Throws a RangeError for an invalid ID number or date: validate input first.
 */
export function ageOn(idNumberOrBirthDate: string, on: Date | string): number {
  let birthDate = idNumberOrBirthDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(idNumberOrBirthDate)) {
    const parsed = parseIdNumber(idNumberOrBirthDate, FAR_FUTURE);
    if (!parsed.ok) throw new RangeError(`not a valid ID number (${parsed.reason})`);
    birthDate = parsed.birthDate;
  }
  const day = typeof on === 'string' ? on : chinaDate(on);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError('expected a date as YYYY-MM-DD');
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const birthdayReached = day.slice(5) >= birthDate.slice(5);
  return birthdayReached ? years : years - 1;
}

/** 60 and over: the app suggests care mode (关怀模式). */
export function isSenior(age: number): boolean {
  return age >= 60;
}

/** 70 and over: priority service at the hall. */
export function isElderlyPriority(age: number): boolean {
  return age >= 70;
}
