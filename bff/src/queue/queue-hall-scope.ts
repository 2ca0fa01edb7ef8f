import type { AuthUser } from '../auth/auth-user';
import { staffMayActInHall } from '../appointments/staff-hall-scope';
import { AppError } from '../common/errors/app.error';
import { QUEUE_MESSAGES } from './queue.messages';

type Caller = Pick<AuthUser, 'role' | 'hallCode'>;

/**
 * Staff and hall admins act on their own hall's queue only (another hall: FORBIDDEN); system
 * admins on any hall. The coarse STAFF / HALL_ADMIN policy is applied before.
 */
export function requireQueueHall(caller: Caller, hallCode: string): void {
  if (!staffMayActInHall(caller, hallCode)) {
    throw new AppError('FORBIDDEN', QUEUE_MESSAGES.otherHall);
  }
}

/** The same for a window: staff work at their own hall's windows only. */
export function requireWindowHall(caller: Caller, hallCode: string): void {
  if (!staffMayActInHall(caller, hallCode)) {
    throw new AppError('FORBIDDEN', QUEUE_MESSAGES.otherHallWindow);
  }
}
