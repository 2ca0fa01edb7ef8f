/**
 * The rules of an appointment's life (预约): cancelling before the cut-off, checking in around
 * the slot's start, no-shows, the booking ban after repeated no-shows, and when reminders go out.
 * Pure functions over instants (Date) — the BFF passes its injectable clock's `now`.
 */

export const APPOINTMENT_STATUSES = [
  'BOOKED',
  'CANCELLED',
  'CHECKED_IN',
  'NO_SHOW',
  'COMPLETED',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that hold a place (count against limits and capacity). */
export const ACTIVE_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['BOOKED', 'CHECKED_IN'];

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  BOOKED: '待签到',
  CANCELLED: '已取消',
  CHECKED_IN: '已签到',
  NO_SHOW: '未到（爽约）',
  COMPLETED: '已办结',
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Asia/Shanghai has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * MINUTE_MS;

export type CancelRefusal = 'APPOINTMENT_NOT_ACTIVE' | 'CANCEL_TOO_LATE';

/** Why an appointment cannot be cancelled now, or null when it can. */
export function cancelRefusal(
  status: AppointmentStatus,
  slotStart: Date,
  now: Date,
  cutoffMinutes: number,
): CancelRefusal | null {
  if (status !== 'BOOKED') return 'APPOINTMENT_NOT_ACTIVE';
  if (now.getTime() > slotStart.getTime() - cutoffMinutes * MINUTE_MS) return 'CANCEL_TOO_LATE';
  return null;
}

/** The last instant a cancellation is accepted. */
export function cancelDeadline(slotStart: Date, cutoffMinutes: number): Date {
  return new Date(slotStart.getTime() - cutoffMinutes * MINUTE_MS);
}

export interface CheckInWindow {
  opensAt: Date;
  closesAt: Date;
}

/** 签到 is open from `before` minutes before the slot's start to `after` minutes after it. */
export function checkInWindow(slotStart: Date, before = 30, after = 15): CheckInWindow {
  return {
    opensAt: new Date(slotStart.getTime() - before * MINUTE_MS),
    closesAt: new Date(slotStart.getTime() + after * MINUTE_MS),
  };
}

export type CheckInRefusal =
  'APPOINTMENT_NOT_ACTIVE' | 'ALREADY_CHECKED_IN' | 'CHECK_IN_TOO_EARLY' | 'CHECK_IN_TOO_LATE';

/** Why the appointment cannot be checked in now, or null when it can. */
export function checkInRefusal(
  status: AppointmentStatus,
  slotStart: Date,
  now: Date,
  window: { before: number; after: number } = { before: 30, after: 15 },
): CheckInRefusal | null {
  if (status === 'CHECKED_IN') return 'ALREADY_CHECKED_IN';
  if (status !== 'BOOKED') return 'APPOINTMENT_NOT_ACTIVE';
  const { opensAt, closesAt } = checkInWindow(slotStart, window.before, window.after);
  if (now < opensAt) return 'CHECK_IN_TOO_EARLY';
  if (now > closesAt) return 'CHECK_IN_TOO_LATE';
  return null;
}

/** A booking not checked in by its slot's end is a no-show. */
export function isNoShow(status: AppointmentStatus, slotEnd: Date, now: Date): boolean {
  return status === 'BOOKED' && now.getTime() >= slotEnd.getTime();
}

export interface NoShowRule {
  /** This many no-shows … */
  count: number;
  /** … within this many days … */
  windowDays: number;
  /** … ban booking for this many days from the last of them. */
  banDays: number;
}

export const DEFAULT_NO_SHOW_RULE: NoShowRule = { count: 3, windowDays: 90, banDays: 30 };

export interface BookingBan {
  banned: boolean;
  /** When the current (or last) ban ends; null when there never was one. */
  until: Date | null;
  /** No-shows in the `windowDays` before now. */
  recentNoShows: number;
}

/**
 * Whether a person may book, from the instants of their no-shows. A ban starts at the no-show
 * that makes `count` within `windowDays` and lasts `banDays`; no-shows before a ban's start
 * still count towards the next one only within the window.
 */
export function bookingBan(
  noShows: readonly Date[],
  now: Date,
  rule = DEFAULT_NO_SHOW_RULE,
): BookingBan {
  const times = noShows
    .map((date) => date.getTime())
    .filter((time) => time <= now.getTime())
    .sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = rule.count - 1; i < times.length; i += 1) {
    if (times[i] - times[i - rule.count + 1] <= rule.windowDays * DAY_MS) {
      until = times[i] + rule.banDays * DAY_MS;
    }
  }
  const recentNoShows = times.filter(
    (time) => time > now.getTime() - rule.windowDays * DAY_MS,
  ).length;
  return {
    banned: until !== null && now.getTime() < until,
    until: until === null ? null : new Date(until),
    recentNoShows,
  };
}

export type ReminderKind = 'DAY_BEFORE' | 'HOUR_BEFORE';

export interface PlannedReminder {
  kind: ReminderKind;
  sendAt: Date;
}

/**
 * The reminders of an appointment: 18:00 (Shanghai) the evening before the slot's day, and one
 * hour before the slot. A reminder whose time has already passed when booking is not planned
 * (booking at 19:00 for tomorrow morning gets only the one-hour reminder).
 */
export function plannedReminders(slotStart: Date, bookedAt: Date): PlannedReminder[] {
  const local = slotStart.getTime() + SHANGHAI_OFFSET_MS;
  const localMidnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  const dayBefore = new Date(localMidnight - 6 * 60 * MINUTE_MS - SHANGHAI_OFFSET_MS);
  const hourBefore = new Date(slotStart.getTime() - 60 * MINUTE_MS);
  const planned: PlannedReminder[] = [
    { kind: 'DAY_BEFORE', sendAt: dayBefore },
    { kind: 'HOUR_BEFORE', sendAt: hourBefore },
  ];
  return planned.filter((reminder) => reminder.sendAt > bookedAt);
}
