import { Injectable } from '@nestjs/common';
import {
  addDays,
  dayKind,
  holidayEntry,
  minutesOfDay,
  planSlots,
  shanghaiDateOf,
  shanghaiInstant,
  shanghaiTimeOf,
  yearOf,
  type ErrorCode,
  type HolidayCalendar,
  type LocalDate,
  type LocalTime,
  type SchedulePeriod,
} from '@shizhong/domain';
import { BookingCalendarRepository } from '../booking-calendar/booking-calendar.repository';
import type { ScheduleExceptionEntity } from '../booking-calendar/schedule-exception.entity';
import { exceptionsFor } from '../booking-calendar/schedule-exception.mapper';
import { AppError } from '../common/errors/app.error';
import { QUEUE_MESSAGES } from './queue.messages';
import type { QueueCategoryRef, QueueHall } from './queue-reference.service';

export interface OfficePeriod {
  start: LocalTime;
  end: LocalTime;
}

/** Whether tickets can be taken now, and when that changes. */
export interface OpenState {
  open: boolean;
  /** Why not: QUEUE_HALL_CLOSED (not a working day for it) or QUEUE_OUTSIDE_OFFICE_HOURS. */
  code: Extract<ErrorCode, 'QUEUE_HALL_CLOSED' | 'QUEUE_OUTSIDE_OFFICE_HOURS'> | null;
  /** The Chinese sentence of the refusal (null when open). */
  reason: string | null;
  /** Open: the start of the current period; closed: the next opening (within two weeks). */
  opensAt: Date | null;
  /** The end of that period. */
  closesAt: Date | null;
  /** Today's periods. */
  periods: OfficePeriod[];
}

/** How far ahead the next opening is looked for. */
const LOOKAHEAD_DAYS = 14;

/**
 * Office hours of the queue (取号时间): a category takes tickets during its periods of the day in
 * the booking calendar — the weekly schedule for that kind of day (holiday calendar), with the
 * hall's dated exceptions (closures, extra service days, evening service) — and the hall as a
 * whole during any category's periods.
 */
@Injectable()
export class OfficeHoursService {
  constructor(private readonly calendar: BookingCalendarRepository) {}

  /** The open state of a category (or of the whole hall when `category` is null) at `now`. */
  async openState(
    hall: QueueHall,
    category: QueueCategoryRef | null,
    now: Date,
  ): Promise<OpenState> {
    const today = shanghaiDateOf(now);
    const [calendar, templates, exceptions] = await Promise.all([
      this.calendar.holidayCalendar(),
      this.calendar.templates(hall.code),
      this.calendar.exceptions(hall.code, today, addDays(today, LOOKAHEAD_DAYS)),
    ]);
    const codes = category ? [category.code] : hall.categories.map((c) => c.code);
    const periodsOn = (date: LocalDate) => dayPeriods(calendar, templates, exceptions, codes, date);
    const periods = periodsOn(today);
    const minute = minutesOfDay(shanghaiTimeOf(now));
    const current = periods.find(
      (p) => minutesOfDay(p.start) <= minute && minute < minutesOfDay(p.end),
    );
    if (current) {
      return {
        open: true,
        code: null,
        reason: null,
        opensAt: shanghaiInstant(today, current.start),
        closesAt: shanghaiInstant(today, current.end),
        periods,
      };
    }
    const next = nextOpening(today, minute, periodsOn);
    const closed = periods.length === 0;
    // A category the hall does not serve today, on a day the hall is open for others.
    const hallOpenToday =
      closed &&
      category !== null &&
      dayPeriods(
        calendar,
        templates,
        exceptions,
        hall.categories.map((c) => c.code),
        today,
      ).length > 0;
    return {
      open: false,
      code: closed ? 'QUEUE_HALL_CLOSED' : 'QUEUE_OUTSIDE_OFFICE_HOURS',
      reason: !closed
        ? QUEUE_MESSAGES.outsideHours(category?.name ?? null, periods)
        : hallOpenToday
          ? QUEUE_MESSAGES.closedToday(today, category?.name ?? null)
          : closedReason(calendar, today, hall, category),
      opensAt: next ? shanghaiInstant(next.date, next.period.start) : null,
      closesAt: next ? shanghaiInstant(next.date, next.period.end) : null,
      periods,
    };
  }

  /** Throws the coded refusal when tickets of `category` cannot be taken at `now`. */
  async requireOpen(hall: QueueHall, category: QueueCategoryRef, now: Date): Promise<void> {
    const state = await this.openState(hall, category, now);
    if (state.open || !state.code) return;
    throw new AppError(state.code, state.reason ?? undefined, {
      ...(state.opensAt ? { opensAt: state.opensAt.toISOString() } : {}),
    });
  }
}

/** The merged periods of some categories on a date (contiguous slots joined). */
function dayPeriods(
  calendar: HolidayCalendar,
  templates: Map<string, SchedulePeriod[]>,
  exceptions: readonly ScheduleExceptionEntity[],
  categoryCodes: readonly string[],
  date: LocalDate,
): OfficePeriod[] {
  const kind = dayKind(calendar, date);
  const ranges = categoryCodes.flatMap((code) =>
    planSlots({
      date,
      kind,
      template: templates.get(code) ?? [],
      exceptions: exceptionsFor(exceptions, code, date),
    }).map((slot) => [minutesOfDay(slot.start), minutesOfDay(slot.end)] as const),
  );
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: timeOf(start), end: timeOf(end) }));
}

function timeOf(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function nextOpening(
  today: LocalDate,
  minute: number,
  periodsOn: (date: LocalDate) => OfficePeriod[],
): { date: LocalDate; period: OfficePeriod } | null {
  const later = periodsOn(today).find((p) => minutesOfDay(p.start) > minute);
  if (later) return { date: today, period: later };
  for (let i = 1; i <= LOOKAHEAD_DAYS; i += 1) {
    const date = addDays(today, i);
    const [first] = periodsOn(date);
    if (first) return { date, period: first };
  }
  return null;
}

function closedReason(
  calendar: HolidayCalendar,
  today: LocalDate,
  hall: QueueHall,
  category: QueueCategoryRef | null,
): string {
  if (hall.categories.length === 0) return QUEUE_MESSAGES.noQueueHere;
  switch (dayKind(calendar, today)) {
    case null:
      return QUEUE_MESSAGES.noHolidayData(yearOf(today));
    case 'HOLIDAY':
      return QUEUE_MESSAGES.holiday(today, holidayEntry(calendar, today)?.name ?? null);
    case 'WEEKEND':
      return QUEUE_MESSAGES.weekend(today);
    case 'WORKDAY':
    case 'MAKEUP_WORKDAY':
      return QUEUE_MESSAGES.closedToday(today, category?.name ?? null);
  }
}
