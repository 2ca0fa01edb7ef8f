import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Clock } from '../common/clock/clock';
import { SHIZHONG_HALL_CODE } from '../halls/reference-data/shizhong-hall';
import { toSubscribeTemplate } from '../subscribe-messages/subscription.mapper';
import { SubscriptionQuotaService } from '../subscribe-messages/subscription-quota.service';
import { SubscribeTemplates } from '../subscribe-messages/subscribe-templates';
import { AppointmentQueriesService } from './appointment-queries.service';
import { toBookingStatus } from './appointment.mapper';
import { AppointmentPresenter } from './appointment.presenter';
import { BookingService } from './booking.service';
import { CancellationService } from './cancellation.service';
import { CheckInService } from './check-in/check-in.service';
import {
  AppointmentIdArgs,
  BookAppointmentArgs,
  CheckInAppointmentArgs,
  MyAppointmentsArgs,
  MyBookingStatusArgs,
} from './dto/appointment.args';
import {
  AppointmentType,
  BookAppointmentPayloadType,
  BookingStatusType,
} from './dto/appointment.types';
import { REMINDER_KINDS, REMINDER_PURPOSE } from './reminders/appointment-reminders';

/** 预约 for citizens: book, cancel, list, check in. Only one's own (and family's) records. */
@Resolver()
export class AppointmentsResolver {
  constructor(
    private readonly booking: BookingService,
    private readonly cancellation: CancellationService,
    private readonly queries: AppointmentQueriesService,
    private readonly checkIn: CheckInService,
    private readonly presenter: AppointmentPresenter,
    private readonly templates: SubscribeTemplates,
    private readonly quotas: SubscriptionQuotaService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => BookAppointmentPayloadType, {
    description:
      'Books a place in a slot for yourself or a family member. Idempotent: the same ' +
      'idempotencyKey with the same input returns the same appointment (replayed: true). ' +
      'Refusals: SLOT_NOT_FOUND, SLOT_FULL, SLOT_CATEGORY_MISMATCH, DATE_IN_PAST, ' +
      'DATE_NOT_RELEASED, DATE_BEYOND_HORIZON, DATE_HOLIDAY, DATE_CLOSED, NO_HOLIDAY_DATA, ' +
      'BOOKING_BANNED, BOOKING_LIMIT_REACHED, ALREADY_BOOKED_THAT_DAY, IDEMPOTENCY_KEY_REUSED, ' +
      'REAL_NAME_REQUIRED, FAMILY_MEMBER_NOT_FOUND, FAMILY_LINK_*',
  })
  @Access('CITIZEN')
  async bookAppointment(
    @CurrentUser() user: AuthUser,
    @Args() { input }: BookAppointmentArgs,
  ): Promise<BookAppointmentPayloadType> {
    const result = await this.booking.book(user.userId, {
      slotId: input.slotId,
      familyMemberId: input.familyMemberId ?? null,
      categoryCode: input.categoryCode ?? null,
      idempotencyKey: input.idempotencyKey,
    });
    const [appointment] = await this.presenter.forCitizen(
      [result.appointment],
      user.userId,
      this.clock.now(),
    );
    return {
      appointment,
      replayed: result.replayed,
      reminderTemplates: REMINDER_KINDS.flatMap((kind) => {
        const template = this.templates.byPurpose(REMINDER_PURPOSE[kind]);
        return template ? [toSubscribeTemplate(template)] : [];
      }),
    };
  }

  @Mutation(() => AppointmentType, {
    description:
      'Cancels one of your bookings until the hall’s cut-off (default 1 hour before); the place ' +
      'is free again at once. CANCEL_TOO_LATE, APPOINTMENT_NOT_ACTIVE; only the citizen who ' +
      'booked may cancel (FORBIDDEN for the person it was booked for)',
  })
  @Access('CITIZEN')
  async cancelAppointment(
    @CurrentUser() user: AuthUser,
    @Args() { id }: AppointmentIdArgs,
  ): Promise<AppointmentType> {
    const row = await this.cancellation.cancel(user.userId, id);
    const [view] = await this.presenter.forCitizen([row], user.userId, this.clock.now());
    return view;
  }

  @Query(() => [AppointmentType], {
    description:
      'Your appointments: the ones you booked and the ones booked for you by family. UPCOMING ' +
      'soonest first, PAST latest first',
  })
  @Access('CITIZEN')
  async myAppointments(
    @CurrentUser() user: AuthUser,
    @Args() { scope, limit, offset }: MyAppointmentsArgs,
  ): Promise<AppointmentType[]> {
    const rows = await this.queries.mine(user.userId, scope, limit, offset);
    return this.presenter.forCitizen(rows, user.userId, this.clock.now());
  }

  @Query(() => AppointmentType, {
    description: 'One of your appointments (booked by you or for you); NOT_FOUND otherwise',
  })
  @Access('CITIZEN')
  async appointment(
    @CurrentUser() user: AuthUser,
    @Args() { id }: AppointmentIdArgs,
  ): Promise<AppointmentType> {
    const row = await this.queries.one(user.userId, id);
    const [view] = await this.presenter.forCitizen([row], user.userId, this.clock.now());
    return view;
  }

  @Query(() => BookingStatusType, {
    description:
      'Whether you (or a family member) may book now: the no-show ban with its end, your ' +
      'active bookings against the limit, and your reminder subscriptions',
  })
  @Access('CITIZEN')
  async myBookingStatus(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode, familyMemberId }: MyBookingStatusArgs,
  ): Promise<BookingStatusType> {
    const view = await this.queries.bookingStatus(
      user.userId,
      hallCode ?? SHIZHONG_HALL_CODE,
      familyMemberId ?? null,
    );
    return toBookingStatus(
      view,
      this.presenter.maskedName(view.subjectNameEnc),
      await this.quotas.quotas(
        user.userId,
        REMINDER_KINDS.map((kind) => REMINDER_PURPOSE[kind]),
      ),
    );
  }

  @Mutation(() => [AppointmentType], {
    description:
      'Check-in (签到) by scanning the hall’s QR code: checks in your appointments at that hall ' +
      'that are open for check-in now (30 minutes before to 15 minutes after the start). ' +
      'CHECK_IN_QR_INVALID, NO_APPOINTMENT_TO_CHECK_IN, CHECK_IN_TOO_EARLY, CHECK_IN_TOO_LATE, ' +
      'ALREADY_CHECKED_IN',
  })
  @Access('CITIZEN')
  async checkInAppointment(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode, qrToken, appointmentId }: CheckInAppointmentArgs,
  ): Promise<AppointmentType[]> {
    const rows = await this.checkIn.checkInByQr(user, hallCode, qrToken, appointmentId ?? null);
    return this.presenter.forCitizen(rows, user.userId, this.clock.now());
  }
}
