import { Injectable } from '@nestjs/common';
import { bookingBan, type BookingBan, type NoShowRule } from '@shizhong/domain';
import type { EntityManager } from 'typeorm';
import type { BookingSettingsEntity } from '../booking-calendar/booking-settings.entity';
import { AppError } from '../common/errors/app.error';
import { APPOINTMENT_MESSAGES } from './appointments.messages';
import { AppointmentsRepository } from './appointments.repository';

export function noShowRuleOf(settings: BookingSettingsEntity): NoShowRule {
  return {
    count: settings.noShowLimit,
    windowDays: settings.noShowWindowDays,
    banDays: settings.noShowBanDays,
  };
}

/**
 * Who may book: the person's booking ban after repeated no-shows (whoever books for them), and
 * the number of bookings one account may hold at once. Both follow the hall's booking settings.
 */
@Injectable()
export class BookingEligibility {
  constructor(private readonly appointments: AppointmentsRepository) {}

  async ban(
    subjectIdNumberHash: string,
    settings: BookingSettingsEntity,
    now: Date,
    manager?: EntityManager,
  ): Promise<BookingBan> {
    const rule = noShowRuleOf(settings);
    const times = await this.appointments.noShowTimes(
      subjectIdNumberHash,
      now,
      rule.windowDays + rule.banDays,
      manager,
    );
    return bookingBan(times, now, rule);
  }

  activeCount(actorUserId: string, now: Date, manager?: EntityManager): Promise<number> {
    return this.appointments.countActiveOfActor(actorUserId, now, manager);
  }

  /** Throws BOOKING_BANNED, with the ban's end, when the person is banned at `now`. */
  async requireNotBanned(
    subject: { idNumberHash: string; forSelf: boolean },
    settings: BookingSettingsEntity,
    now: Date,
    manager?: EntityManager,
  ): Promise<void> {
    const ban = await this.ban(subject.idNumberHash, settings, now, manager);
    if (ban.banned && ban.until) {
      throw new AppError(
        'BOOKING_BANNED',
        APPOINTMENT_MESSAGES.banned(
          subject.forSelf,
          settings.noShowLimit,
          settings.noShowWindowDays,
          ban.until,
        ),
        { bannedUntil: ban.until.toISOString() },
      );
    }
  }

  limitReached(settings: BookingSettingsEntity): AppError {
    return new AppError(
      'BOOKING_LIMIT_REACHED',
      APPOINTMENT_MESSAGES.limitReached(settings.maxActiveBookings),
      { limit: settings.maxActiveBookings },
    );
  }
}
