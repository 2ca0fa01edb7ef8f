import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { BookingCalendarAdminService } from './booking-calendar-admin.service';
import {
  toBookingCalendar,
  toBookingCategory,
  toBookingSlotDay,
  toHolidayYear,
} from './booking-calendar.mapper';
import { BookingCalendarService } from './booking-calendar.service';
import {
  BookingCalendarArgs,
  BookingCategoriesArgs,
  BookingSlotsArgs,
  HolidayYearArgs,
} from './dto/booking-calendar.args';
import {
  BookingCalendarType,
  BookingCategoryType,
  BookingSlotDayType,
  HolidayYearType,
} from './dto/booking-calendar.types';

/** The booking calendar as anyone may read it (no personal data in it). */
@Resolver()
export class BookingCalendarResolver {
  constructor(
    private readonly calendar: BookingCalendarService,
    private readonly admin: BookingCalendarAdminService,
  ) {}

  @Query(() => [BookingCategoryType], {
    description: 'The business categories of a hall one can book a time for, in hall order',
  })
  @Access('PUBLIC')
  async bookingCategories(
    @Args() { hallCode }: BookingCategoriesArgs,
  ): Promise<BookingCategoryType[]> {
    return (await this.calendar.categories(hallCode)).map(toBookingCategory);
  }

  @Query(() => BookingCalendarType, {
    description:
      'A category’s days from `from` (1–31 days): state, holiday, places left. Dates are ' +
      'Asia/Shanghai calendar dates; the server clock decides what is past and released.',
  })
  @Access('PUBLIC')
  async bookingCalendar(
    @Args() { hallCode, categoryCode, from, days }: BookingCalendarArgs,
  ): Promise<BookingCalendarType> {
    return toBookingCalendar(await this.calendar.calendar(hallCode, categoryCode, from, days));
  }

  @Query(() => BookingSlotDayType, {
    description:
      'The slots of a released day with places left; a day that cannot be booked is refused ' +
      'with its code (DATE_IN_PAST, DATE_NOT_RELEASED, DATE_BEYOND_HORIZON, DATE_HOLIDAY, ' +
      'DATE_CLOSED, NO_HOLIDAY_DATA)',
  })
  @Access('PUBLIC')
  async bookingSlots(
    @Args() { hallCode, categoryCode, date }: BookingSlotsArgs,
  ): Promise<BookingSlotDayType> {
    return toBookingSlotDay(await this.calendar.slots(hallCode, categoryCode, date));
  }

  @Query(() => HolidayYearType, {
    description: 'The holidays and make-up workdays of a year, and whether it is published',
  })
  @Access('PUBLIC')
  async holidayYear(@Args() { year }: HolidayYearArgs): Promise<HolidayYearType> {
    return toHolidayYear(await this.admin.holidayYear(year));
  }
}
