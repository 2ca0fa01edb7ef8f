import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppointmentSlotEntity } from '../booking-calendar/appointment-slot.entity';
import {
  BookingCalendarService,
  type BookableSlot,
} from '../booking-calendar/booking-calendar.service';
import { BookingCalendarRepository } from '../booking-calendar/booking-calendar.repository';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { inTransaction, uniqueViolationDetail } from '../database/transaction';
import { isUniqueViolation } from '../database/unique-violation';
import { ActingForService, type ActingSubject } from '../family/acting-for.service';
import { OutboxService } from '../outbox/outbox.service';
import { lockAccountRow } from '../users/account-row-lock';
import { AppointmentEntity, activeKeyOf } from './appointment.entity';
import { APPOINTMENT_MESSAGES } from './appointments.messages';
import { AppointmentsRepository } from './appointments.repository';
import { BookingEligibility } from './booking-eligibility.service';
import { reminderMessages } from './reminders/appointment-reminders';

export interface BookingRequest {
  slotId: string;
  familyMemberId: string | null;
  categoryCode: string | null;
  idempotencyKey: string;
}

export interface BookingResult {
  appointment: AppointmentEntity;
  /** The key had booked before: this is that booking, nothing new was written. */
  replayed: boolean;
}

/** Letters and digits without 0/O, 1/I: easy to read out and type at the console. */
const CHECK_IN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CHECK_IN_CODE_LENGTH = 8;

export function newCheckInCode(): string {
  const bytes = randomBytes(CHECK_IN_CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += CHECK_IN_ALPHABET[byte % CHECK_IN_ALPHABET.length];
  return code;
}

/** What the request asked for: a reused key with a different request is refused. */
export function requestHashOf(request: BookingRequest): string {
  return createHash('sha256')
    .update(`${request.slotId}|${request.familyMemberId ?? ''}|${request.categoryCode ?? ''}`)
    .digest('hex');
}

/** A refusal made after the idempotency key was looked up in the same read: no second look. */
class KeyCheckedRefusal extends AppError {}

/** Refusals found inside the transaction: rolled back, then reported (their messages read names). */
class SlotFull extends Error {}
class DayTaken extends Error {}

/**
 * Books a place (预约). Everything the booking writes — the appointment, its reminders in the
 * outbox, the slot's `booked` counter — commits in one transaction or not at all, and the rules
 * that must hold under any concurrency are the database's:
 *
 * - capacity: `UPDATE appointment_slot SET booked = booked + 1, version = version + 1
 *   WHERE id = ? AND status = 'OPEN' AND booked < capacity` — 0 rows: SLOT_FULL;
 * - one active booking per person, category and day: the unique `active_key`;
 * - a retried request books once: the unique (`actor_user_id`, `idempotency_key`);
 * - at most N active bookings per account: counted while holding the account's row lock (MySQL;
 *   SQLite runs one transaction at a time).
 *
 * The slot UPDATE is the last statement before COMMIT, so the slot row — the one every booking
 * of that slot needs — is locked for as short a time as possible.
 */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: BookingCalendarService,
    private readonly calendarRepository: BookingCalendarRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly eligibility: BookingEligibility,
    private readonly acting: ActingForService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async book(actorUserId: string, request: BookingRequest): Promise<BookingResult> {
    const requestHash = requestHashOf(request);
    // A retried request is found by its key inside the transaction, or — when a check refuses it
    // first (the slot it filled itself, a date now past) — right after the refusal.
    try {
      return await this.bookNew(actorUserId, request, requestHash);
    } catch (error) {
      // A retry of the same request running alongside the first one is refused by what the first
      // one did (its place made the slot full, its key holds the day): it gets that booking.
      if (
        error instanceof AppError &&
        !(error instanceof KeyCheckedRefusal) &&
        error.code !== 'IDEMPOTENCY_KEY_REUSED'
      ) {
        const again = await this.replay(actorUserId, request.idempotencyKey, requestHash);
        if (again) return again;
      }
      throw error;
    }
  }

  private async bookNew(
    actorUserId: string,
    request: BookingRequest,
    requestHash: string,
  ): Promise<BookingResult> {
    const now = this.clock.now();
    // First, one read: a retry gets its booking, and the commonest refusal of a rush (a full
    // slot) is answered at once. The conditional UPDATE in the transaction decides for real.
    const first = await this.appointments.slotFillAndKey(
      request.slotId,
      actorUserId,
      request.idempotencyKey,
    );
    if (first.existingId) {
      const replay = await this.replay(actorUserId, request.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    if (first.slot && first.slot.booked >= first.slot.capacity) {
      throw new KeyCheckedRefusal(
        'SLOT_FULL',
        APPOINTMENT_MESSAGES.slotFull(first.slot.date, first.slot.startTime),
        { slotId: request.slotId },
      );
    }
    // Reads that need no lock, before the transaction (they use other pooled connections):
    // whether the calendar lets this slot be booked now, and who it is for.
    const bookable = await this.bookableSlot(request.slotId);
    const { slot } = bookable;
    if (request.categoryCode && request.categoryCode !== slot.categoryCode) {
      throw new AppError(
        'SLOT_CATEGORY_MISMATCH',
        APPOINTMENT_MESSAGES.categoryMismatch(await this.categoryName(slot)),
        { field: 'categoryCode' },
      );
    }
    if (slot.booked >= slot.capacity) throw this.slotFull(slot);
    const subject = await this.acting.resolve(actorUserId, request.familyMemberId);

    for (let attempt = 0; ; attempt += 1) {
      const row = this.newAppointment(actorUserId, request, requestHash, subject, bookable, now);
      try {
        const booked = await inTransaction(this.dataSource, (manager) =>
          this.bookIn(manager, row, subject, bookable, now),
        );
        return booked;
      } catch (error) {
        if (error instanceof SlotFull) throw this.slotFull(slot);
        if (error instanceof DayTaken) throw await this.alreadyBooked(subject, slot);
        if (!isUniqueViolation(error)) throw error;
        const detail = uniqueViolationDetail(error);
        if (/idempotency/i.test(detail)) {
          const again = await this.replay(actorUserId, request.idempotencyKey, requestHash);
          if (again) return again;
        } else if (/active_key/i.test(detail)) {
          throw await this.alreadyBooked(subject, slot);
        } else if (/check_in_code/i.test(detail) && attempt < 3) {
          continue; // a new random code
        }
        throw error;
      }
    }
  }

  /** The transaction: re-check the key and the rules under the account lock, insert, take the place. */
  private async bookIn(
    manager: EntityManager,
    row: AppointmentEntity,
    subject: ActingSubject,
    bookable: BookableSlot,
    now: Date,
  ): Promise<BookingResult> {
    const { settings } = bookable;
    // Two bookings of one account at once count each other against the limit.
    await lockAccountRow(manager, row.actorUserId);
    const checks = await this.appointments.bookingChecks(manager, {
      actorUserId: row.actorUserId,
      idempotencyKey: row.idempotencyKey,
      slotId: row.slotId,
      activeKey: row.activeKey ?? '',
      subjectIdNumberHash: row.subjectIdNumberHash,
      now,
      lookbackDays: settings.noShowWindowDays + settings.noShowBanDays,
    });
    if (checks.existingId) {
      const existing = await this.appointments.byId(checks.existingId, manager);
      if (existing && existing.requestHash !== row.requestHash) throw this.keyReused();
      if (existing) return { appointment: existing, replayed: true };
    }
    // Full already (as of this snapshot): give up before writing anything.
    if (checks.placesLeft <= 0) throw new SlotFull();
    // The unique active_key refuses it in any case; asked first for the clearer message.
    if (checks.dayTaken) throw new DayTaken();
    if (checks.noShows >= settings.noShowLimit) {
      await this.eligibility.requireNotBanned(
        { idNumberHash: subject.subjectIdNumberHash, forSelf: subject.forSelf },
        settings,
        now,
        manager,
      );
    }
    if (checks.active >= settings.maxActiveBookings) throw this.eligibility.limitReached(settings);
    await manager.getRepository(AppointmentEntity).insert(row);
    await this.outbox.enqueue(manager, reminderMessages(row, now), now);
    const taken = await manager
      .createQueryBuilder()
      .update(AppointmentSlotEntity)
      .set({ booked: () => 'booked + 1', version: () => 'version + 1' })
      .where("id = :id AND status = 'OPEN' AND booked < capacity", { id: row.slotId })
      .execute();
    if (taken.affected !== 1) throw new SlotFull();
    return { appointment: row, replayed: false };
  }

  private newAppointment(
    actorUserId: string,
    request: BookingRequest,
    requestHash: string,
    subject: ActingSubject,
    { slot, startsAt, endsAt }: BookableSlot,
    now: Date,
  ): AppointmentEntity {
    return {
      id: randomUUID(),
      hallCode: slot.hallCode,
      categoryCode: slot.categoryCode,
      slotId: slot.id,
      date: slot.date,
      startTime: slot.startTime,
      endTime: slot.endTime,
      startsAt,
      endsAt,
      status: 'BOOKED',
      activeKey: activeKeyOf(subject.subjectIdNumberHash, slot.categoryCode, slot.date),
      actorUserId,
      actorNameEnc: subject.actorNameEnc,
      familyMemberId: subject.familyMemberId,
      relation: subject.relation,
      subjectUserId: subject.subjectUserId,
      subjectIdNumberHash: subject.subjectIdNumberHash,
      subjectNameEnc: subject.subjectNameEnc,
      subjectIdNumberEnc: subject.subjectIdNumberEnc,
      subjectPhoneEnc: subject.subjectPhoneEnc,
      idempotencyKey: request.idempotencyKey,
      requestHash,
      checkInCode: newCheckInCode(),
      createdAt: now,
      cancelledAt: null,
      checkedInAt: null,
      checkInMethod: null,
      checkedInBy: null,
      noShowAt: null,
    };
  }

  /** The booking this key already made (same request), or IDEMPOTENCY_KEY_REUSED. */
  private async replay(
    actorUserId: string,
    idempotencyKey: string,
    requestHash: string,
  ): Promise<BookingResult | null> {
    const existing = await this.appointments.byIdempotencyKey(actorUserId, idempotencyKey);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) throw this.keyReused();
    return { appointment: existing, replayed: true };
  }

  private async bookableSlot(slotId: string): Promise<BookableSlot> {
    try {
      return await this.calendar.bookableSlot(slotId);
    } catch (error) {
      // The calendar says NOT_FOUND for an unknown slot; the booking step's code is SLOT_NOT_FOUND.
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw new AppError('SLOT_NOT_FOUND', APPOINTMENT_MESSAGES.slotNotFound, {
          field: 'slotId',
        });
      }
      throw error;
    }
  }

  private keyReused(): AppError {
    return new AppError('IDEMPOTENCY_KEY_REUSED', APPOINTMENT_MESSAGES.idempotencyKeyReused, {
      field: 'idempotencyKey',
    });
  }

  private slotFull(slot: AppointmentSlotEntity): AppError {
    return new AppError('SLOT_FULL', APPOINTMENT_MESSAGES.slotFull(slot.date, slot.startTime), {
      slotId: slot.id,
    });
  }

  private async alreadyBooked(
    subject: ActingSubject,
    slot: AppointmentSlotEntity,
  ): Promise<AppError> {
    return new AppError(
      'ALREADY_BOOKED_THAT_DAY',
      APPOINTMENT_MESSAGES.alreadyBooked(subject.forSelf, slot.date, await this.categoryName(slot)),
      { date: slot.date, categoryCode: slot.categoryCode },
    );
  }

  private async categoryName(slot: AppointmentSlotEntity): Promise<string> {
    const categories = await this.calendarRepository.categories(slot.hallCode);
    return (
      categories.find((category) => category.code === slot.categoryCode)?.name ?? slot.categoryCode
    );
  }
}
