import {
  ID_NUMBER_MESSAGES,
  MOBILE_MESSAGES,
  PERSON_NAME_MESSAGES,
  normaliseMobile,
  parseIdNumber,
  validatePersonName,
} from '@shizhong/domain';
import type { UserFacingError } from '@/api/errors';
import { accountStrings } from './strings';

/** The inputs of the 实名, phone and family forms. */
export type AccountField = 'name' | 'idNumber' | 'phone' | 'code' | 'relation';

/** Which input a server error code concerns; anything else is shown above the form's button. */
const FIELD_OF_CODE: Record<string, AccountField> = {
  NAME_INVALID: 'name',
  ID_NUMBER_INVALID: 'idNumber',
  ID_NUMBER_TAKEN: 'idNumber',
  FAMILY_MEMBER_EXISTS: 'idNumber',
  PHONE_INVALID: 'phone',
  SMS_CODE_INVALID: 'code',
};

export type FieldErrors = Partial<Record<AccountField | 'form', string>>;

/**
 * Puts the server's Chinese message under the input it concerns; other errors (rate limits,
 * network) go to `fallback` — the form, or the input whose button was pressed.
 */
export function fieldErrorsFromServer(
  error: UserFacingError,
  fallback: AccountField | 'form' = 'form',
): FieldErrors {
  const field = error.code ? FIELD_OF_CODE[error.code] : undefined;
  return { [field ?? fallback]: error.message };
}

/** On-device checks with the shared rules, so an obvious mistake shows at once. */
export function checkName(name: string): string | undefined {
  const result = validatePersonName(name);
  return result.ok ? undefined : PERSON_NAME_MESSAGES[result.reason];
}

export function checkIdNumber(idNumber: string): string | undefined {
  if (idNumber.trim() === '') return accountStrings.idNumberEmpty;
  const result = parseIdNumber(idNumber);
  return result.ok ? undefined : ID_NUMBER_MESSAGES[result.reason];
}

export function checkPhone(phone: string): string | undefined {
  const result = normaliseMobile(phone);
  return result.ok ? undefined : MOBILE_MESSAGES[result.reason];
}

/** An optional phone: empty is fine. */
export function checkOptionalPhone(phone: string): string | undefined {
  return phone.trim() === '' ? undefined : checkPhone(phone);
}

export function checkSmsCode(code: string): string | undefined {
  return /^\d{6}$/.test(code.trim()) ? undefined : accountStrings.codeFormat;
}

/** Drops the fields without a message; null when nothing is wrong. */
export function onlyErrors(errors: FieldErrors): FieldErrors | null {
  const entries = Object.entries(errors).filter(([, message]) => Boolean(message));
  return entries.length > 0 ? (Object.fromEntries(entries) as FieldErrors) : null;
}
