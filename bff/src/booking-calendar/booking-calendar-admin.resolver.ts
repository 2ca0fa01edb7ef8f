import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { BookingCalendarAdminService } from './booking-calendar-admin.service';
import { toHoliday, toHolidayYear, toScheduleException } from './booking-calendar.mapper';
import {
  AddScheduleExceptionArgs,
  DeleteHolidayArgs,
  HolidayYearArgs,
  RemoveScheduleExceptionArgs,
  ScheduleExceptionsArgs,
  UpsertHolidayArgs,
} from './dto/booking-calendar.args';
import { HolidayType, HolidayYearType, ScheduleExceptionType } from './dto/booking-calendar.types';

/**
 * Hall admins' edits of the calendar. Holidays are nationwide (any hall admin); schedule
 * exceptions only for the admin's own hall (system admins: any hall), checked in the service.
 */
@Resolver()
export class BookingCalendarAdminResolver {
  constructor(private readonly admin: BookingCalendarAdminService) {}

  @Mutation(() => HolidayType, {
    description: 'Adds or changes a holiday or make-up workday (e.g. 2027’s once published)',
  })
  @Access('HALL_ADMIN')
  async upsertHoliday(
    @CurrentUser() user: AuthUser,
    @Args() { input }: UpsertHolidayArgs,
  ): Promise<HolidayType> {
    return toHoliday(await this.admin.upsertHoliday(user, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a holiday or make-up workday' })
  @Access('HALL_ADMIN')
  async deleteHoliday(
    @CurrentUser() user: AuthUser,
    @Args() { date }: DeleteHolidayArgs,
  ): Promise<boolean> {
    await this.admin.deleteHoliday(user, date);
    return true;
  }

  @Mutation(() => HolidayYearType, {
    description: 'Marks a year’s holidays complete: its dates become bookable',
  })
  @Access('HALL_ADMIN')
  async publishHolidayYear(
    @CurrentUser() user: AuthUser,
    @Args() { year }: HolidayYearArgs,
  ): Promise<HolidayYearType> {
    return toHolidayYear(await this.admin.publishHolidayYear(user, year));
  }

  @Query(() => [ScheduleExceptionType], {
    description: 'A hall’s schedule exceptions from `from` (1–366 days)',
  })
  @Access('HALL_ADMIN')
  async scheduleExceptions(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode, from, days }: ScheduleExceptionsArgs,
  ): Promise<ScheduleExceptionType[]> {
    return (await this.admin.scheduleExceptions(user, hallCode, from, days)).map(
      toScheduleException,
    );
  }

  @Mutation(() => ScheduleExceptionType, {
    description:
      'Closes a day or period, opens an extra service day, or adds 延时服务 evening slots',
  })
  @Access('HALL_ADMIN')
  async addScheduleException(
    @CurrentUser() user: AuthUser,
    @Args() { input }: AddScheduleExceptionArgs,
  ): Promise<ScheduleExceptionType> {
    return toScheduleException(
      await this.admin.addScheduleException(user, {
        hallCode: input.hallCode,
        date: input.date,
        categoryCode: input.categoryCode ?? null,
        kind: input.kind,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        slotMinutes: input.slotMinutes ?? null,
        capacity: input.capacity ?? null,
        reason: input.reason,
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Removes a schedule exception' })
  @Access('HALL_ADMIN')
  async removeScheduleException(
    @CurrentUser() user: AuthUser,
    @Args() { id }: RemoveScheduleExceptionArgs,
  ): Promise<boolean> {
    await this.admin.removeScheduleException(user, id);
    return true;
  }
}
