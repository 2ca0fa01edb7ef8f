import { Injectable } from '@nestjs/common';
import {
  DAY_STATE_ERROR,
  addDays,
  bookingDayStatus,
  bookingHorizon,
  dayKind,
  holidayEntry,
  isLocalDate,
  planSlots,
  shanghaiInstant,
  slotHasStarted,
  yearOf,
  type BookingDayStatus,
  type BookingHorizon,
  type ErrorCode,
  type BookingWindowSettings,
  type HolidayCalendar,
  type LocalDate,
  type PlannedSlot,
  type SchedulePeriod,
} from '@shizhong/domain';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import type { BusinessCategoryEntity } from '../halls/business-category.entity';
import type { AppointmentSlotEntity } from './appointment-slot.entity';
import { CALENDAR_MESSAGES } from './booking-calendar.messages';
import { BookingCalendarRepository } from './booking-calendar.repository';
import type { BookingSettingsEntity } from './booking-settings.entity';
import type { ScheduleExceptionEntity } from './schedule-exception.entity';
import { exceptionsFor } from './schedule-exception.mapper';
import { SlotMaterializer } from './slot-materializer.service';

export const MAX_CALENDAR_DAYS = 31;

export interface CategoryView {
  hallCode: string;
  code: string;
  name: string;
  description: string;
  zoneName: string;
  /** True when the category has a weekly schedule (it can be booked at all). */
  bookable: boolean;
}

/** One day as the calendar shows it. */
export interface CalendarDayView extends BookingDayStatus {
  /** Places in the day's slots (for OPEN, FULL and NOT_RELEASED days; else null). */
  capacity: number | null;
}

export interface CalendarView {
  hallCode: string;
  categoryCode: string;
  now: Date;
  today: LocalDate;
  /** The last bookable date. */
  horizonEnd: LocalDate;
  days: CalendarDayView[];
}

export type SlotState = 'AVAILABLE' | 'FULL' | 'STARTED';

export interface SlotView {
  id: string;
  startTime: string;
  endTime: string;
  capacity: number;
  remaining: number;
  state: SlotState;
  source: PlannedSlot['source'];
}

export interface DaySlotsView {
  hallCode: string;
  categoryCode: string;
  status: BookingDayStatus;
  slots: SlotView[];
}

/** A slot the booking step may take a place in (see `bookableSlot`). */
export interface BookableSlot {
  slot: AppointmentSlotEntity;
  startsAt: Date;
  endsAt: Date;
  settings: BookingSettingsEntity;
}

/** What one category's days are made of: read once per request. */
interface CategoryContext {
  settings: BookingSettingsEntity;
  window: BookingWindowSettings;
  calendar: HolidayCalendar;
  category: BusinessCategoryEntity;
  template: SchedulePeriod[];
  exceptions: ScheduleExceptionEntity[];
}

function windowOf(settings: BookingSettingsEntity): BookingWindowSettings {
  return {
    horizonWorkingDays: settings.horizonWorkingDays,
    releaseTime: settings.releaseTime,
    releaseDaysBefore: settings.releaseDaysBefore,
    releaseDayUnit: settings.releaseDayUnit,
  };
}

const slotKey = (start: string) => start;

/**
 * The read side of booking (issue 6): categories, the calendar of a category and the slots of a
 * day, all at the app's Clock. Released days get their slot rows on first read
 * (SlotMaterializer); days not released yet are computed from the plan alone.
 */
@Injectable()
export class BookingCalendarService {
  constructor(
    private readonly repository: BookingCalendarRepository,
    private readonly materializer: SlotMaterializer,
    private readonly clock: Clock,
  ) {}

  async categories(hallCode: string): Promise<CategoryView[]> {
    await this.requireSettings(hallCode);
    const [categories, templates, zones] = await Promise.all([
      this.repository.categories(hallCode),
      this.repository.templates(hallCode),
      this.repository.zoneNames(hallCode),
    ]);
    return categories.map((category) => ({
      hallCode,
      code: category.code,
      name: category.name,
      description: category.description,
      zoneName: zones.get(category.zoneCode) ?? '',
      bookable: (templates.get(category.code)?.length ?? 0) > 0,
    }));
  }

  async calendar(
    hallCode: string,
    categoryCode: string,
    from: string,
    days: number,
  ): Promise<CalendarView> {
    const start = requireDate(from, 'from');
    if (!Number.isInteger(days) || days < 1 || days > MAX_CALENDAR_DAYS) {
      throw new AppError('BAD_USER_INPUT', `一次可查询1到${MAX_CALENDAR_DAYS}天`, {
        field: 'days',
      });
    }
    const end = addDays(start, days - 1);
    const context = await this.context(hallCode, categoryCode, start, end);
    const now = this.clock.now();
    const horizon = bookingHorizon(context.calendar, now, context.window.horizonWorkingDays);
    const dates = Array.from({ length: days }, (_, i) => addDays(start, i));
    const planned = new Map(dates.map((date) => [date, this.planned(context, date)]));
    const first = dates.map((date) =>
      this.status(context, date, now, horizon, planned.get(date) ?? [], null),
    );
    const live = first.filter((day) => day.state === 'OPEN').map((day) => day.date);
    const rows = await this.liveRows(hallCode, categoryCode, live, planned);
    return {
      hallCode,
      categoryCode: context.category.code,
      now,
      today: horizon.today,
      horizonEnd: horizon.last,
      days: first.map((day) => {
        const slots = planned.get(day.date) ?? [];
        const dayRows = rows.get(day.date);
        const status = dayRows ? this.status(context, day.date, now, horizon, slots, dayRows) : day;
        const capacity =
          status.state === 'OPEN' || status.state === 'FULL'
            ? sumCapacity(slots, dayRows)
            : status.state === 'NOT_RELEASED'
              ? sumCapacity(slots, undefined)
              : null;
        return { ...status, capacity };
      }),
    };
  }

  async slots(hallCode: string, categoryCode: string, date: string): Promise<DaySlotsView> {
    const day = requireDate(date, 'date');
    const context = await this.context(hallCode, categoryCode, day, day);
    const now = this.clock.now();
    const horizon = bookingHorizon(context.calendar, now, context.window.horizonWorkingDays);
    const planned = this.planned(context, day);
    const first = this.status(context, day, now, horizon, planned, null);
    this.refuse(context, first);
    const rows = (
      await this.liveRows(hallCode, categoryCode, [day], new Map([[day, planned]]))
    ).get(day);
    if (!rows) throw new Error(`no slot rows for ${hallCode} ${categoryCode} ${day}`);
    const status = this.status(context, day, now, horizon, planned, rows);
    return {
      hallCode,
      categoryCode: context.category.code,
      status,
      slots: planned.flatMap((slot) => {
        const row = rows.get(slotKey(slot.start));
        if (!row) return [];
        const remaining = Math.max(0, row.capacity - row.booked);
        const state: SlotState = slotHasStarted(day, slot.start, now)
          ? 'STARTED'
          : remaining === 0
            ? 'FULL'
            : 'AVAILABLE';
        return [
          {
            id: row.id,
            startTime: row.startTime,
            endTime: row.endTime,
            capacity: row.capacity,
            remaining,
            state,
            source: slot.source,
          },
        ];
      }),
    };
  }

  /**
   * For the booking step: the slot `slotId` if a place in it may be booked now — its day is
   * released, inside the horizon, not a holiday or closed, the slot is still planned and open,
   * and it has not started. Otherwise the coded error the citizen should see (DATE_IN_PAST,
   * DATE_NOT_RELEASED, DATE_BEYOND_HORIZON, DATE_HOLIDAY, DATE_CLOSED, NO_HOLIDAY_DATA, NOT_FOUND).
   * Capacity is not checked here: the atomic UPDATE on `appointment_slot` does that.
   */
  async bookableSlot(slotId: string): Promise<BookableSlot> {
    const slot = await this.repository.slot(slotId);
    if (!slot) throw new AppError('NOT_FOUND', CALENDAR_MESSAGES.slotNotFound);
    const context = await this.context(slot.hallCode, slot.categoryCode, slot.date, slot.date);
    const now = this.clock.now();
    const horizon = bookingHorizon(context.calendar, now, context.window.horizonWorkingDays);
    const planned = this.planned(context, slot.date);
    this.refuse(context, this.status(context, slot.date, now, horizon, planned, null));
    if (slot.status !== 'OPEN' || !planned.some((p) => p.start === slot.startTime)) {
      throw new AppError('DATE_CLOSED', CALENDAR_MESSAGES.slotClosed);
    }
    if (slotHasStarted(slot.date, slot.startTime, now)) {
      throw new AppError('DATE_IN_PAST', CALENDAR_MESSAGES.slotStarted);
    }
    return {
      slot,
      startsAt: shanghaiInstant(slot.date, slot.startTime),
      endsAt: shanghaiInstant(slot.date, slot.endTime),
      settings: context.settings,
    };
  }

  private planned(context: CategoryContext, date: LocalDate): PlannedSlot[] {
    return planSlots({
      date,
      kind: dayKind(context.calendar, date),
      template: context.template,
      exceptions: exceptionsFor(context.exceptions, context.category.code, date),
    });
  }

  /** The day's state from the plan, with what is left of each slot when its rows are given. */
  private status(
    context: CategoryContext,
    date: LocalDate,
    now: Date,
    horizon: BookingHorizon,
    planned: PlannedSlot[],
    rows: Map<string, AppointmentSlotEntity> | null,
  ): BookingDayStatus {
    return bookingDayStatus({
      date,
      now,
      calendar: context.calendar,
      settings: context.window,
      horizon,
      slots: planned.map((slot) => {
        const row = rows?.get(slotKey(slot.start));
        const remaining =
          rows === null ? slot.capacity : row ? Math.max(0, row.capacity - row.booked) : 0;
        return { start: slot.start, remaining };
      }),
    });
  }

  /** Throws the coded error of a day whose slots may not be shown or booked. */
  private refuse(context: CategoryContext, status: BookingDayStatus): void {
    const code = DAY_STATE_ERROR[status.state];
    if (code === null) return;
    throw new AppError(code, this.refusal(context, status, code), {
      date: status.date,
      ...(status.releasesAt ? { releasesAt: status.releasesAt.toISOString() } : {}),
    });
  }

  private refusal(context: CategoryContext, status: BookingDayStatus, code: ErrorCode): string {
    const { date } = status;
    switch (code) {
      case 'DATE_IN_PAST':
        return CALENDAR_MESSAGES.past(date);
      case 'NO_HOLIDAY_DATA':
        return CALENDAR_MESSAGES.noHolidayData(yearOf(date));
      case 'DATE_HOLIDAY':
        return CALENDAR_MESSAGES.holiday(date, holidayEntry(context.calendar, date));
      case 'DATE_CLOSED':
        return CALENDAR_MESSAGES.closed(date);
      case 'DATE_BEYOND_HORIZON':
        return CALENDAR_MESSAGES.beyondHorizon(context.window.horizonWorkingDays);
      case 'DATE_NOT_RELEASED':
        return status.releasesAt ? CALENDAR_MESSAGES.notReleased(date, status.releasesAt) : '';
      default:
        return '';
    }
  }

  /**
   * The slot rows of released days (by date, then start time), made or brought in line with
   * the plan first when they are missing or stale.
   */
  private async liveRows(
    hallCode: string,
    categoryCode: string,
    dates: LocalDate[],
    planned: Map<LocalDate, PlannedSlot[]>,
  ): Promise<Map<LocalDate, Map<string, AppointmentSlotEntity>>> {
    if (dates.length === 0) return new Map();
    const from = dates[0];
    const to = dates[dates.length - 1];
    let rows = await this.repository.slots(hallCode, categoryCode, from, to);
    const stale = dates.filter((date) =>
      isStale(
        planned.get(date) ?? [],
        rows.filter((row) => row.date === date),
      ),
    );
    if (stale.length > 0) {
      for (const date of stale) await this.materializer.sync(hallCode, date);
      rows = await this.repository.slots(hallCode, categoryCode, from, to);
    }
    const byDate = new Map<LocalDate, Map<string, AppointmentSlotEntity>>();
    for (const date of dates) byDate.set(date, new Map());
    for (const row of rows) byDate.get(row.date)?.set(slotKey(row.startTime), row);
    return byDate;
  }

  private async context(
    hallCode: string,
    categoryCode: string,
    from: LocalDate,
    to: LocalDate,
  ): Promise<CategoryContext> {
    const settings = await this.requireSettings(hallCode);
    const [calendar, categories, templates, exceptions] = await Promise.all([
      this.repository.holidayCalendar(),
      this.repository.categories(hallCode),
      this.repository.templates(hallCode),
      this.repository.exceptions(hallCode, from, to),
    ]);
    const category = categories.find((candidate) => candidate.code === categoryCode);
    if (!category) {
      throw new AppError('CATEGORY_NOT_FOUND', CALENDAR_MESSAGES.categoryNotFound(categoryCode), {
        field: 'categoryCode',
      });
    }
    return {
      settings,
      window: windowOf(settings),
      calendar,
      category,
      template: templates.get(category.code) ?? [],
      exceptions,
    };
  }

  private async requireSettings(hallCode: string): Promise<BookingSettingsEntity> {
    const settings = await this.repository.settings(hallCode);
    if (settings) return settings;
    const exists = await this.repository.servicePointExists(hallCode);
    throw new AppError('HALL_NOT_FOUND', exists ? CALENDAR_MESSAGES.noBookings : undefined, {
      field: 'hallCode',
    });
  }
}

/** A `YYYY-MM-DD` date or DATE_INVALID naming the argument. */
export function requireDate(value: string, field: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new AppError('DATE_INVALID', CALENDAR_MESSAGES.dateInvalid(field), { field });
  }
  return value;
}

/** Whether a released day's rows are missing slots of the plan or disagree on being open. */
function isStale(planned: PlannedSlot[], rows: AppointmentSlotEntity[]): boolean {
  const byStart = new Map(rows.map((row) => [row.startTime, row]));
  const plannedStarts = new Set(planned.map((slot) => slot.start));
  return (
    planned.some((slot) => byStart.get(slot.start)?.status !== 'OPEN') ||
    rows.some((row) => row.status === 'OPEN' && !plannedStarts.has(row.startTime))
  );
}

function sumCapacity(
  planned: PlannedSlot[],
  rows: Map<string, AppointmentSlotEntity> | undefined,
): number {
  return planned.reduce(
    (sum, slot) => sum + (rows?.get(slotKey(slot.start))?.capacity ?? slot.capacity),
    0,
  );
}
