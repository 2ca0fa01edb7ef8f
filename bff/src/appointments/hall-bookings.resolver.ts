import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Clock } from '../common/clock/clock';
import { AppointmentQueriesService } from './appointment-queries.service';
import { toHallBookingDay, toHallCheckInQr } from './appointment.mapper';
import { AppointmentPresenter } from './appointment.presenter';
import { CheckInService } from './check-in/check-in.service';
import { HallBookingsArgs, HallCheckInQrArgs, StaffCheckInArgs } from './dto/appointment.args';
import { HallBookingDayType, HallBookingType, HallCheckInQrType } from './dto/appointment.types';

/** 预约 for hall staff: the day's bookings, check-in at the console, the hall's check-in QR. */
@Resolver()
export class HallBookingsResolver {
  constructor(
    private readonly queries: AppointmentQueriesService,
    private readonly checkIn: CheckInService,
    private readonly presenter: AppointmentPresenter,
    private readonly clock: Clock,
  ) {}

  @Query(() => HallBookingDayType, {
    description:
      'The bookings of a day at your hall (one category or all), names masked. Staff see only ' +
      'their own hall (FORBIDDEN otherwise); system admins name the hall',
  })
  @Access('STAFF')
  async hallBookings(
    @CurrentUser() user: AuthUser,
    @Args() args: HallBookingsArgs,
  ): Promise<HallBookingDayType> {
    const view = await this.queries.hallDay(user, {
      date: args.date,
      categoryCode: args.categoryCode ?? null,
      hallCode: args.hallCode ?? null,
      includeCancelled: args.includeCancelled,
    });
    const now = this.clock.now();
    return toHallBookingDay(view, await this.presenter.forStaff(view.rows, now), now);
  }

  @Mutation(() => HallBookingType, {
    description:
      'Checks a citizen in at the console with their appointment’s check-in code; only for your ' +
      'own hall (FORBIDDEN otherwise). CHECK_IN_CODE_INVALID, CHECK_IN_TOO_EARLY, ' +
      'CHECK_IN_TOO_LATE, ALREADY_CHECKED_IN, APPOINTMENT_NOT_ACTIVE',
  })
  @Access('STAFF')
  async staffCheckIn(
    @CurrentUser() user: AuthUser,
    @Args() { checkInCode }: StaffCheckInArgs,
  ): Promise<HallBookingType> {
    const row = await this.checkIn.checkInByStaff(user, checkInCode);
    const [view] = await this.presenter.forStaff([row], this.clock.now());
    return view;
  }

  @Query(() => HallCheckInQrType, {
    description: 'Today’s check-in QR token of your hall, to show at the entrance',
  })
  @Access('STAFF')
  hallCheckInQr(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode }: HallCheckInQrArgs,
  ): HallCheckInQrType {
    return toHallCheckInQr(this.checkIn.hallQr(user, hallCode));
  }
}
