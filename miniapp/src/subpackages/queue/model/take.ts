import type { UserFacingError } from '@/api/errors';
import { queueStrings as s } from '../strings';

/** How a number is taken: the door QR code scanned in the hall, or from near by with the location. */
export type TakeMethod = 'SCAN' | 'REMOTE';

/** 8–64 of [A-Za-z0-9_-], as the BFF requires of idempotency keys. */
export function queueKey(): string {
  const random = () =>
    Math.floor(Math.random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
  return `q-${Date.now().toString(36)}-${random()}${random()}`;
}

/** The attempt a key belongs to: the same category, way and priority is the same attempt. */
export function takeAttempt(categoryCode: string, method: TakeMethod, elderly: boolean): string {
  return `${categoryCode}|${method}|${elderly ? 'ELDERLY' : 'NORMAL'}`;
}

export type RefusalNext =
  /** Show 查看我的排队 (there is an active ticket of the category already). */
  | 'mine'
  /** Suggest scanning the door code (too far, no location). */
  | 'scan'
  /** Reload the categories and the open state (paused, closed, unknown category). */
  | 'refresh'
  /** Offer 去实名 (a ticket is for a person: the account needs its real name first). */
  | 'realName'
  | 'none';

export interface TakeRefusal {
  message: string;
  next: RefusalNext;
  /** A new idempotency key for the next tap: every answer but a lost one. */
  newAttempt: boolean;
}

/**
 * What the 取号 page does with a refused or failed take. No answer (network, time-out, no code):
 * the BFF may have issued the number, so the next tap is the same attempt with the same key.
 */
export function takeRefusal(error: UserFacingError): TakeRefusal {
  if (error.kind === 'network' || error.kind === 'timeout' || !error.code) {
    return { message: `${error.message}。${s.retryHint}`, next: 'none', newAttempt: false };
  }
  switch (error.code) {
    case 'QUEUE_TICKET_ACTIVE_EXISTS':
      return { message: error.message, next: 'mine', newAttempt: true };
    case 'REAL_NAME_REQUIRED':
      return { message: error.message, next: 'realName', newAttempt: true };
    case 'QUEUE_TOO_FAR':
    case 'QUEUE_LOCATION_REQUIRED':
      return { message: error.message, next: 'scan', newAttempt: true };
    case 'QUEUE_CATEGORY_PAUSED':
    case 'QUEUE_CATEGORY_UNKNOWN':
    case 'QUEUE_OUTSIDE_OFFICE_HOURS':
    case 'QUEUE_HALL_CLOSED':
      return { message: error.message, next: 'refresh', newAttempt: true };
    default:
      return { message: error.message, next: 'none', newAttempt: true };
  }
}

export type LocationFailure = 'denied' | 'unavailable';

/**
 * Why `getLocation` failed, from its errMsg: the user (or the phone's settings, or WeChat's privacy
 * agreement) refused, or there was no fix. WeChat says e.g. `getLocation:fail auth deny`,
 * `getLocation:fail:auth denied`, `getLocation:fail system permission denied`,
 * `getLocation:fail privacy permission is not authorized`; browsers `User denied Geolocation`.
 */
export function locationFailure(errMsg: string | undefined): LocationFailure {
  return /auth|den(y|ied)|permission|privacy|not allowed/i.test(errMsg ?? '')
    ? 'denied'
    : 'unavailable';
}

export function locationFailureText(failure: LocationFailure): string {
  return failure === 'denied' ? s.locationDenied : s.locationUnavailable;
}
