import { isoWeekday } from '@shizhong/domain';
import type { CalendarView, CategoryView, DaySlotsView } from './booking-calendar.service';
import type { HolidayYearView } from './booking-calendar-admin.service';
import {
  BookingDayStateType,
  BookingSlotStateType,
  DayKindType,
  HolidayKindType,
  ScheduleExceptionKindType,
} from './dto/booking-calendar.enums';
import type {
  BookingCalendarType,
  BookingCategoryType,
  BookingSlotDayType,
  HolidayType,
  HolidayYearType,
  ScheduleExceptionType,
} from './dto/booking-calendar.types';
import type { HolidayEntity } from './holiday.entity';
import type { ScheduleExceptionEntity } from './schedule-exception.entity';

export function toBookingCategory(view: CategoryView): BookingCategoryType {
  return { ...view };
}

export function toBookingCalendar(view: CalendarView): BookingCalendarType {
  return {
    hallCode: view.hallCode,
    categoryCode: view.categoryCode,
    now: view.now.toISOString(),
    today: view.today,
    horizonEnd: view.horizonEnd,
    days: view.days.map((day) => {
      const counted = day.state === 'OPEN' || day.state === 'FULL';
      return {
        date: day.date,
        weekday: isoWeekday(day.date),
        dayKind: day.kind === null ? null : DayKindType[day.kind],
        state: BookingDayStateType[day.state],
        holidayName: day.holidayName,
        remaining: counted ? day.remaining : null,
        capacity: day.capacity,
        releasesAt: day.releasesAt?.toISOString() ?? null,
      };
    }),
  };
}

export function toBookingSlotDay(view: DaySlotsView): BookingSlotDayType {
  return {
    hallCode: view.hallCode,
    categoryCode: view.categoryCode,
    date: view.status.date,
    dayKind: view.status.kind === null ? null : DayKindType[view.status.kind],
    holidayName: view.status.holidayName,
    state: BookingDayStateType[view.status.state],
    slots: view.slots.map((slot) => ({
      id: slot.id,
      startTime: slot.startTime,
      endTime: slot.endTime,
      capacity: slot.capacity,
      remaining: slot.remaining,
      state: BookingSlotStateType[slot.state],
      evening: slot.source === 'EVENING',
    })),
  };
}

export function toHoliday(row: HolidayEntity): HolidayType {
  return { date: row.date, kind: HolidayKindType[row.kind], name: row.name, source: row.source };
}

export function toHolidayYear(view: HolidayYearView): HolidayYearType {
  return {
    year: view.year,
    published: view.published,
    publishedAt: view.publishedAt?.toISOString() ?? null,
    holidays: view.holidays.map(toHoliday),
  };
}

export function toScheduleException(row: ScheduleExceptionEntity): ScheduleExceptionType {
  return {
    id: row.id,
    hallCode: row.hallCode,
    date: row.date,
    categoryCode: row.categoryCode,
    kind: ScheduleExceptionKindType[row.kind],
    startTime: row.startTime,
    endTime: row.endTime,
    slotMinutes: row.slotMinutes,
    capacity: row.capacity,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
