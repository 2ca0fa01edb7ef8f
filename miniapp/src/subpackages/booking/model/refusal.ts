import type { UserFacingError } from '@/api/errors';

export type BookingStep = 'category' | 'date' | 'slot' | 'person' | 'confirm';

/** Where a refused 确认预约 takes the citizen, and what must be loaded again there. */
export interface RefusalRoute {
  step: BookingStep;
  /** Reload the step's data (slots, days, family members) before showing the message. */
  reload: boolean;
  /** A new idempotency key for the next tap (every answer but a transport failure). */
  newAttempt: boolean;
}

/**
 * The step where the server's refusal belongs: a full or vanished slot → the slot list,
 * refreshed; a day that can no longer be booked → the calendar, refreshed; a family member who
 * may not be acted for → the choice of person; a ban, the limit, a second booking that day →
 * stay on the summary with the message. Network errors, time-outs and answers without a code
 * stay too, and keep the key.
 */
export function refusalRoute(error: UserFacingError): RefusalRoute {
  // No answer from the BFF (or none it could give a code for): the booking may have been made;
  // the retry must be the same attempt.
  if (error.kind === 'network' || error.kind === 'timeout' || !error.code) {
    return { step: 'confirm', reload: false, newAttempt: false };
  }
  switch (error.code) {
    case 'SLOT_FULL':
    case 'SLOT_NOT_FOUND':
    case 'SLOT_CATEGORY_MISMATCH':
      return { step: 'slot', reload: true, newAttempt: true };
    case 'DATE_IN_PAST':
    case 'DATE_NOT_RELEASED':
    case 'DATE_BEYOND_HORIZON':
    case 'DATE_HOLIDAY':
    case 'DATE_CLOSED':
    case 'DATE_INVALID':
    case 'NO_HOLIDAY_DATA':
      return { step: 'date', reload: true, newAttempt: true };
    case 'FAMILY_MEMBER_NOT_FOUND':
    case 'FAMILY_LINK_NOT_CONFIRMED':
    case 'FAMILY_LINK_DECLINED':
    case 'FAMILY_LINK_REVOKED':
    case 'REAL_NAME_REQUIRED':
      return { step: 'person', reload: true, newAttempt: true };
    default:
      return { step: 'confirm', reload: false, newAttempt: true };
  }
}
