import type { DayKind } from './holiday-calendar';
import {
  isLocalTime,
  isoWeekday,
  minutesOfDay,
  timeOfMinutes,
  type IsoWeekday,
  type LocalDate,
  type LocalTime,
} from './local-date';

/**
 * Which appointment slots a hall offers for one business category on one date: a weekly
 * template (opening periods per weekday, cut into slots of a fixed length, each with a capacity)
 * adjusted by the day's kind and by dated exceptions.
 *
 * - Working days and weekends use the template's periods for their weekday (a hall may open on
 *   Saturday mornings: 周六上午延时服务).
 * - A make-up workday (调休上班) is served like a Monday: `MAKEUP_WORKDAY_SCHEDULE_WEEKDAY`.
 * - A statutory holiday has no template slots.
 * - `EXTRA_DAY` opens a day that would be closed (a weekend or holiday service day): with times,
 *   one period; without, the schedule of a working day.
 * - `EVENING` adds an evening period (延时服务), e.g. 17:00–19:00.
 * - `CLOSED` without times closes the whole day; with times, the slots overlapping them.
 *   Closures win over everything else.
 * A period that does not divide evenly drops its last, shorter piece.
 */

export interface SchedulePeriod {
  weekday: IsoWeekday;
  start: LocalTime;
  end: LocalTime;
  slotMinutes: number;
  /** Places per slot. */
  capacity: number;
}

export const SCHEDULE_EXCEPTION_KINDS = ['CLOSED', 'EXTRA_DAY', 'EVENING'] as const;
export type ScheduleExceptionKind = (typeof SCHEDULE_EXCEPTION_KINDS)[number];

export interface ScheduleExceptionRule {
  kind: ScheduleExceptionKind;
  start: LocalTime | null;
  end: LocalTime | null;
  /** Defaults to the template's slot length of a working day (30 when there is none). */
  slotMinutes: number | null;
  /** Places per slot; defaults to the template's capacity on a working day. */
  capacity: number | null;
}

export type SlotSource = 'TEMPLATE' | 'EXTRA_DAY' | 'EVENING';

export interface PlannedSlot {
  start: LocalTime;
  end: LocalTime;
  capacity: number;
  source: SlotSource;
}

export const MAKEUP_WORKDAY_SCHEDULE_WEEKDAY: IsoWeekday = 1;
const DEFAULT_SLOT_MINUTES = 30;

function cut(
  period: Pick<SchedulePeriod, 'start' | 'end' | 'slotMinutes' | 'capacity'>,
  source: SlotSource,
): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  const end = minutesOfDay(period.end);
  if (period.slotMinutes <= 0 || period.capacity <= 0) return slots;
  for (let t = minutesOfDay(period.start); t + period.slotMinutes <= end; t += period.slotMinutes) {
    slots.push({
      start: timeOfMinutes(t),
      end: timeOfMinutes(t + period.slotMinutes),
      capacity: period.capacity,
      source,
    });
  }
  return slots;
}

function periodsOf(template: readonly SchedulePeriod[], weekday: IsoWeekday): SchedulePeriod[] {
  return template
    .filter((period) => period.weekday === weekday)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** The slots of one category on `date`, in time order; none when the day kind is unknown. */
export function planSlots(input: {
  date: LocalDate;
  kind: DayKind | null;
  template: readonly SchedulePeriod[];
  exceptions: readonly ScheduleExceptionRule[];
}): PlannedSlot[] {
  const { date, kind, template, exceptions } = input;
  if (kind === null) return [];
  const workdayPeriods = periodsOf(template, MAKEUP_WORKDAY_SCHEDULE_WEEKDAY);
  const typical = workdayPeriods[0] ?? template[0];
  const defaults = {
    slotMinutes: typical?.slotMinutes ?? DEFAULT_SLOT_MINUTES,
    capacity: typical?.capacity ?? 0,
  };

  let base: SchedulePeriod[] = [];
  if (kind === 'WORKDAY' || kind === 'WEEKEND') base = periodsOf(template, isoWeekday(date));
  if (kind === 'MAKEUP_WORKDAY') base = workdayPeriods;

  const slots = new Map<LocalTime, PlannedSlot>();
  const add = (planned: PlannedSlot[]) => {
    for (const slot of planned) if (!slots.has(slot.start)) slots.set(slot.start, slot);
  };
  for (const period of base) add(cut(period, 'TEMPLATE'));

  for (const exception of exceptions) {
    const { start, end } = exception;
    const slotMinutes = exception.slotMinutes ?? defaults.slotMinutes;
    const capacity = exception.capacity ?? defaults.capacity;
    if (exception.kind === 'EXTRA_DAY' && (start === null || end === null)) {
      for (const period of workdayPeriods) {
        const own = {
          slotMinutes: exception.slotMinutes ?? period.slotMinutes,
          capacity: exception.capacity ?? period.capacity,
        };
        add(cut({ ...period, ...own }, 'EXTRA_DAY'));
      }
    } else if (exception.kind !== 'CLOSED' && start !== null && end !== null) {
      add(cut({ start, end, slotMinutes, capacity }, exception.kind));
    }
  }

  for (const exception of exceptions) {
    if (exception.kind !== 'CLOSED') continue;
    if (exception.start === null || exception.end === null) return [];
    const from = minutesOfDay(exception.start);
    const to = minutesOfDay(exception.end);
    for (const [start, slot] of slots) {
      if (minutesOfDay(slot.start) < to && minutesOfDay(slot.end) > from) slots.delete(start);
    }
  }
  return [...slots.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** Total places of a day's slots. */
export function totalCapacity(slots: readonly Pick<PlannedSlot, 'capacity'>[]): number {
  return slots.reduce((sum, slot) => sum + slot.capacity, 0);
}

export const MAX_SLOT_CAPACITY = 500;

/**
 * What is wrong with an exception an admin enters, as a Chinese sentence, or null when it is
 * sound: times `HH:mm` with start before end (both or neither; EVENING needs them), a slot length
 * of 5–240 minutes, a capacity of 1–500 places.
 */
export function scheduleExceptionProblem(rule: ScheduleExceptionRule): string | null {
  const { kind, start, end, slotMinutes, capacity } = rule;
  if ((start === null) !== (end === null)) return '请同时填写开始时间和结束时间';
  if (kind === 'EVENING' && start === null) return '延时服务需要填写开始时间和结束时间';
  if (start !== null && end !== null) {
    if (!isLocalTime(start) || !isLocalTime(end, true)) return '时间格式不正确，请按“时:分”填写';
    if (minutesOfDay(start) >= minutesOfDay(end)) return '结束时间应晚于开始时间';
  }
  if (
    slotMinutes !== null &&
    (!Number.isInteger(slotMinutes) || slotMinutes < 5 || slotMinutes > 240)
  ) {
    return '每个时段应为5到240分钟';
  }
  if (
    capacity !== null &&
    (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_SLOT_CAPACITY)
  ) {
    return `每个时段可预约人数应为1到${MAX_SLOT_CAPACITY}人`;
  }
  if (kind === 'CLOSED' && (slotMinutes !== null || capacity !== null)) {
    return '暂停服务不需要填写时段长度和人数';
  }
  if (
    start !== null &&
    end !== null &&
    kind !== 'CLOSED' &&
    minutesOfDay(end) - minutesOfDay(start) < (slotMinutes ?? 5)
  ) {
    return '时间段短于一个预约时段';
  }
  return null;
}
