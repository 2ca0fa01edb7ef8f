/**
 * The booking schedule of the Shizhong district hall, as seeded by migration
 * 1763900700200-shizhong-schedule-seed. Like shizhong-hall.ts, a snapshot: later changes go
 * through new migrations or admin edits, never by editing what an applied migration inserted.
 *
 * The hall's office hours (shizhong-hall.ts): 工作日 9:00—12:00，13:00—17:00；周六上午延时服务.
 * Every category books Monday to Friday in those hours in 30-minute slots; the Saturday-morning
 * extended service (延时服务) is at the 综合受理 desks (category A). Capacity per slot follows the
 * number of windows a category has (A has the 12 综合受理 windows plus the shared 审批/出件 ones).
 */
import type { IsoWeekday } from '@shizhong/domain';

export interface SchedulePeriodSeed {
  categoryCode: string;
  weekday: IsoWeekday;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: number;
}

export const SHIZHONG_SLOT_MINUTES = 30;

/** Places per 30-minute slot on a working day. */
export const SHIZHONG_CAPACITY: Record<string, number> = {
  A: 20,
  B: 12,
  C: 12,
  D: 10,
  E: 12,
  F: 6,
  G: 6,
  H: 8,
};

/** Saturday-morning 延时服务 at the 综合受理 desks: fewer windows are open. */
export const SATURDAY_MORNING_CAPACITY_A = 10;

const WORKING_WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

export const SHIZHONG_SCHEDULE: SchedulePeriodSeed[] = [
  ...Object.entries(SHIZHONG_CAPACITY).flatMap(([categoryCode, capacity]) =>
    WORKING_WEEKDAYS.flatMap((weekday) => [
      {
        categoryCode,
        weekday,
        startTime: '09:00',
        endTime: '12:00',
        slotMinutes: SHIZHONG_SLOT_MINUTES,
        capacity,
      },
      {
        categoryCode,
        weekday,
        startTime: '13:00',
        endTime: '17:00',
        slotMinutes: SHIZHONG_SLOT_MINUTES,
        capacity,
      },
    ]),
  ),
  {
    categoryCode: 'A',
    weekday: 6,
    startTime: '09:00',
    endTime: '12:00',
    slotMinutes: SHIZHONG_SLOT_MINUTES,
    capacity: SATURDAY_MORNING_CAPACITY_A,
  },
];

/** SZ-HALL's booking settings (the defaults of issue 6). */
export const SHIZHONG_BOOKING_SETTINGS = {
  horizonWorkingDays: 7,
  releaseTime: '08:00',
  releaseDaysBefore: 7,
  releaseDayUnit: 'WORKING_DAY',
  cancelCutoffMinutes: 60,
  maxActiveBookings: 3,
  noShowLimit: 3,
  noShowWindowDays: 90,
  noShowBanDays: 30,
} as const;
