import { AppError } from '../common/errors/app.error';

export const REVEAL_REASON_MIN_LENGTH = 5;
export const REVEAL_REASON_MAX_LENGTH = 200;

/**
 * The reason a staff member gives for revealing a whole value, trimmed, with runs of white space
 * made one space; REVEAL_REASON_INVALID when it has fewer than 5 or more than 200 characters.
 */
export function requireRevealReason(input: string): string {
  const reason = input
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const length = Array.from(reason).length;
  if (length < REVEAL_REASON_MIN_LENGTH || length > REVEAL_REASON_MAX_LENGTH) {
    throw new AppError('REVEAL_REASON_INVALID', undefined, {
      field: 'reason',
      minLength: REVEAL_REASON_MIN_LENGTH,
      maxLength: REVEAL_REASON_MAX_LENGTH,
    });
  }
  return reason;
}
