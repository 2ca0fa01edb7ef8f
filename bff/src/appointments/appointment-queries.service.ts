import { Injectable } from '@nestjs/common';
import type { BookingBan } from '@shizhong/domain';
import type { AuthUser } from '../auth/auth-user';
import { requireDate } from '../booking-calendar/booking-calendar.service';
import { BookingCalendarRepository } from '../booking-calendar/booking-calendar.repository';
import type { BookingSettingsEntity } from '../booking-calendar/booking-settings.entity';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { ActingForService } from '../family/acting-for.service';
import type { AppointmentEntity } from './appointment.entity';
import { APPOINTMENT_MESSAGES } from './appointments.messages';
import { AppointmentsRepository } from './appointments.repository';
import { BookingEligibility } from './booking-eligibility.service';
import { staffHallScope } from './staff-hall-scope';

export interface BookingStatusView {
  hallCode: string;
  forSelf: boolean;
  subjectNameEnc: string;
  settings: BookingSettingsEntity;
  ban: BookingBan;
  activeCount: number;
  reason: string | null;
}

export interface HallDayView {
  hallCode: string;
  date: string;
  categoryCode: string | null;
  includeCancelled: boolean;
  /** Every booking of the day, cancelled ones too (for the counts). */
  rows: AppointmentEntity[];
}

/**
 * Reading appointments. Citizens see what they booked and what was booked for them (the
 * record-visibility rule: actor or subject) — anything else is NOT_FOUND, exactly like an id
 * that does not exist; staff see their own hall's day.
 */
@Injectable()
export class AppointmentQueriesService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly calendar: BookingCalendarRepository,
    private readonly eligibility: BookingEligibility,
    private readonly acting: ActingForService,
    private readonly clock: Clock,
  ) {}

  async mine(
    callerUserId: string,
    scope: 'UPCOMING' | 'PAST',
    limit: number,
    offset: number,
  ): Promise<AppointmentEntity[]> {
    const viewer = await this.acting.viewerOf(callerUserId);
    return this.appointments.listVisible(viewer, scope, this.clock.now(), limit, offset);
  }

  async one(callerUserId: string, id: string): Promise<AppointmentEntity> {
    const viewer = await this.acting.viewerOf(callerUserId);
    const row = await this.appointments.visibleById(viewer, id);
    if (!row) throw new AppError('NOT_FOUND', APPOINTMENT_MESSAGES.notFound);
    return row;
  }

  /** Whether the caller may book for themselves (or for `familyMemberId`) at a hall, and why not. */
  async bookingStatus(
    callerUserId: string,
    hallCode: string,
    familyMemberId: string | null,
  ): Promise<BookingStatusView> {
    const settings = await this.calendar.settings(hallCode);
    if (!settings) throw new AppError('HALL_NOT_FOUND', undefined, { field: 'hallCode' });
    const subject = await this.acting.resolve(callerUserId, familyMemberId);
    const now = this.clock.now();
    const [ban, activeCount] = await Promise.all([
      this.eligibility.ban(subject.subjectIdNumberHash, settings, now),
      this.eligibility.activeCount(callerUserId, now),
    ]);
    const reason =
      ban.banned && ban.until
        ? APPOINTMENT_MESSAGES.banned(
            subject.forSelf,
            settings.noShowLimit,
            settings.noShowWindowDays,
            ban.until,
          )
        : activeCount >= settings.maxActiveBookings
          ? APPOINTMENT_MESSAGES.limitReached(settings.maxActiveBookings)
          : null;
    return {
      hallCode,
      forSelf: subject.forSelf,
      subjectNameEnc: subject.subjectNameEnc,
      settings,
      ban,
      activeCount,
      reason,
    };
  }

  /** A day of the caller's hall (system admins: the hall they name). */
  async hallDay(
    caller: AuthUser,
    input: {
      date: string;
      categoryCode: string | null;
      hallCode: string | null;
      includeCancelled: boolean;
    },
  ): Promise<HallDayView> {
    const hallCode = staffHallScope(caller, input.hallCode);
    const date = requireDate(input.date, 'date');
    if (input.categoryCode) {
      const categories = await this.calendar.categories(hallCode);
      if (!categories.some((category) => category.code === input.categoryCode)) {
        throw new AppError('CATEGORY_NOT_FOUND', undefined, { field: 'categoryCode' });
      }
    }
    const rows = await this.appointments.hallDay(hallCode, date, input.categoryCode);
    return {
      hallCode,
      date,
      categoryCode: input.categoryCode,
      includeCancelled: input.includeCancelled,
      rows,
    };
  }
}
