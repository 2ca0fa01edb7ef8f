import { isNoShow, type AppointmentStatus } from './appointment-rules';

/**
 * What an appointment shows at `now`: a BOOKED appointment whose slot has ended is a no-show even
 * before the sweeper has written it (the sweeper runs every minute or so).
 */
export function effectiveAppointmentStatus(
  status: AppointmentStatus,
  slotEnd: Date,
  now: Date,
): AppointmentStatus {
  return isNoShow(status, slotEnd, now) ? 'NO_SHOW' : status;
}

/** 我的预约 → 即将到来: booked or checked in, and the slot has not ended. */
export function isUpcomingAppointment(
  status: AppointmentStatus,
  slotEnd: Date,
  now: Date,
): boolean {
  return (status === 'BOOKED' || status === 'CHECKED_IN') && slotEnd.getTime() > now.getTime();
}

/**
 * Whether an appointment still holds its person's "one per category per day" place: cancelled
 * and no-show appointments free it (the person may book that category that day again).
 */
export function holdsDayPlace(status: AppointmentStatus): boolean {
  return status === 'BOOKED' || status === 'CHECKED_IN' || status === 'COMPLETED';
}
