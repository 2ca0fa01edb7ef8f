import { registerEnumType } from '@nestjs/graphql';

/** Mirrors DAY_KINDS of @shizhong/domain. */
export enum DayKindType {
  WORKDAY = 'WORKDAY',
  WEEKEND = 'WEEKEND',
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(DayKindType, {
  name: 'DayKind',
  description:
    '工作日, 周末, 法定节假日 or 调休上班 (a weekend day worked in exchange for a holiday)',
});

/** Mirrors HOLIDAY_KINDS of @shizhong/domain. */
export enum HolidayKindType {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(HolidayKindType, { name: 'HolidayKind' });

/** Mirrors BOOKING_DAY_STATES of @shizhong/domain (the order of the rules is documented there). */
export enum BookingDayStateType {
  OPEN = 'OPEN',
  FULL = 'FULL',
  HOLIDAY = 'HOLIDAY',
  CLOSED = 'CLOSED',
  NOT_RELEASED = 'NOT_RELEASED',
  BEYOND_HORIZON = 'BEYOND_HORIZON',
  PAST = 'PAST',
  NO_HOLIDAY_DATA = 'NO_HOLIDAY_DATA',
}
registerEnumType(BookingDayStateType, {
  name: 'BookingDayState',
  description:
    'OPEN: places left; FULL: booked out; HOLIDAY; CLOSED: no service for the category; ' +
    'NOT_RELEASED: opens at releasesAt; BEYOND_HORIZON; PAST; NO_HOLIDAY_DATA: the year’s ' +
    'holidays are not published, never bookable',
});

export enum BookingSlotStateType {
  AVAILABLE = 'AVAILABLE',
  FULL = 'FULL',
  STARTED = 'STARTED',
}
registerEnumType(BookingSlotStateType, { name: 'BookingSlotState' });

/** Mirrors SCHEDULE_EXCEPTION_KINDS of @shizhong/domain. */
export enum ScheduleExceptionKindType {
  CLOSED = 'CLOSED',
  EXTRA_DAY = 'EXTRA_DAY',
  EVENING = 'EVENING',
}
registerEnumType(ScheduleExceptionKindType, {
  name: 'ScheduleExceptionKind',
  description:
    'CLOSED: no service (the whole day, or between the times); EXTRA_DAY: an extra service day ' +
    '(a weekend or holiday; without times the working-day schedule); EVENING: 延时服务 slots',
});
