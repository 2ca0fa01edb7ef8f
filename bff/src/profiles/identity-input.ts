import {
  ID_NUMBER_MESSAGES,
  MOBILE_MESSAGES,
  PERSON_NAME_MESSAGES,
  normaliseMobile,
  parseIdNumber,
  validatePersonName,
} from '@shizhong/domain';
import { AppError } from '../common/errors/app.error';

/** A valid ID number, normalised, with its birth date; ID_NUMBER_INVALID with the reason if not. */
export function requireIdNumber(
  input: string,
  today: Date = new Date(),
): { idNumber: string; birthDate: string } {
  const parsed = parseIdNumber(input, today);
  if (!parsed.ok) {
    throw new AppError('ID_NUMBER_INVALID', ID_NUMBER_MESSAGES[parsed.reason], {
      field: 'idNumber',
      reason: parsed.reason,
    });
  }
  return { idNumber: parsed.idNumber, birthDate: parsed.birthDate };
}

/** A valid real name, normalised; NAME_INVALID with the reason if not. */
export function requirePersonName(input: string): string {
  const result = validatePersonName(input);
  if (!result.ok) {
    throw new AppError('NAME_INVALID', PERSON_NAME_MESSAGES[result.reason], {
      field: 'name',
      reason: result.reason,
    });
  }
  return result.name;
}

/** A Chinese mobile number as its 11 digits; PHONE_INVALID with the reason if not. */
export function requireMobile(input: string): string {
  const result = normaliseMobile(input);
  if (!result.ok) {
    throw new AppError('PHONE_INVALID', MOBILE_MESSAGES[result.reason], {
      field: 'phone',
      reason: result.reason,
    });
  }
  return result.mobile;
}
