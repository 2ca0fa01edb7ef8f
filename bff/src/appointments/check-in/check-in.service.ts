import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkInRefusal,
  checkInWindow,
  parseScannedCode,
  shanghaiDateOf,
  type CheckInRefusal,
} from '@shizhong/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app.error';
import { ActingForService } from '../../family/acting-for.service';
import { inTransaction } from '../../database/transaction';
import { AppointmentEntity, type CheckInMethod } from '../appointment.entity';
import { APPOINTMENT_MESSAGES } from '../appointments.messages';
import { AppointmentsRepository } from '../appointments.repository';
import { staffHallScope, staffMayActInHall } from '../staff-hall-scope';
import { AppointmentCheckInHooks } from './check-in-hooks';
import { CheckInQrSigner, type HallCheckInQr } from './check-in-qr';

/** Case and spaces of a typed check-in code do not matter. */
export function normaliseCheckInCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** The token of a check-in QR code given as its token or as the scanned content. */
function checkInToken(given: string): string {
  const scanned = parseScannedCode(given);
  return scanned?.kind === 'CHECK_IN' ? scanned.token : given;
}

/** The coded refusal of a check-in, with the window in the message. */
export function checkInError(refusal: CheckInRefusal, appointment: AppointmentEntity): AppError {
  const window = checkInWindow(appointment.startsAt);
  switch (refusal) {
    case 'CHECK_IN_TOO_EARLY':
      return new AppError(
        refusal,
        APPOINTMENT_MESSAGES.checkInTooEarly(window.opensAt, window.closesAt),
        { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() },
      );
    case 'CHECK_IN_TOO_LATE':
      return new AppError(refusal, APPOINTMENT_MESSAGES.checkInTooLate(window.closesAt), {
        closesAt: window.closesAt.toISOString(),
      });
    case 'ALREADY_CHECKED_IN':
      return new AppError(refusal, APPOINTMENT_MESSAGES.alreadyCheckedIn(appointment.checkedInAt));
    case 'APPOINTMENT_NOT_ACTIVE':
      return new AppError(refusal, APPOINTMENT_MESSAGES.notActive(appointment.status));
  }
}

/**
 * 签到: marks a booking CHECKED_IN from 30 minutes before to 15 minutes after its start — by the
 * citizen scanning the hall's QR code, or by staff of the hall at the console with the
 * appointment's check-in code. One conditional UPDATE (`… WHERE status = 'BOOKED'`) decides, so
 * two scans at once check in once; the check-in hooks run in the same transaction.
 */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appointments: AppointmentsRepository,
    private readonly acting: ActingForService,
    private readonly signer: CheckInQrSigner,
    private readonly hooks: AppointmentCheckInHooks,
    private readonly clock: Clock,
  ) {}

  /** Today's check-in QR code of a hall, for its staff (system admins: any hall). */
  hallQr(caller: AuthUser, hallCode: string): HallCheckInQr {
    const hall = staffHallScope(caller, hallCode);
    return this.signer.issue(hall, shanghaiDateOf(this.clock.now()));
  }

  /**
   * The citizen scanned the hall's QR code: checks in their appointments (made by them or for
   * them) at that hall whose window is open now — or only `appointmentId`. Refused with
   * CHECK_IN_QR_INVALID (not today's code of that hall), NO_APPOINTMENT_TO_CHECK_IN, or the
   * window's code (CHECK_IN_TOO_EARLY / _TOO_LATE, ALREADY_CHECKED_IN) of the nearest one.
   */
  async checkInByQr(
    caller: AuthUser,
    hallCode: string,
    qrToken: string,
    appointmentId: string | null,
  ): Promise<AppointmentEntity[]> {
    const now = this.clock.now();
    const today = shanghaiDateOf(now);
    if (!this.signer.verify(checkInToken(qrToken), hallCode, today)) {
      throw new AppError('CHECK_IN_QR_INVALID');
    }
    const viewer = await this.acting.viewerOf(caller.userId);
    let candidates = await this.appointments.visibleOnDay(viewer, hallCode, today);
    if (appointmentId !== null) {
      candidates = candidates.filter((candidate) => candidate.id === appointmentId);
      if (candidates.length === 0) {
        const visible = await this.appointments.visibleById(viewer, appointmentId);
        if (!visible) throw new AppError('NOT_FOUND', APPOINTMENT_MESSAGES.notFound);
        if (visible.hallCode !== hallCode || visible.date !== today) {
          throw new AppError('NO_APPOINTMENT_TO_CHECK_IN');
        }
        candidates = [visible];
      }
    }
    if (candidates.length === 0) throw new AppError('NO_APPOINTMENT_TO_CHECK_IN');
    const open = candidates.filter((c) => checkInRefusal(c.status, c.startsAt, now) === null);
    if (open.length === 0) {
      // The one that matters most to the citizen: the next to start, else the last one.
      const nearest =
        candidates.find((c) => c.startsAt.getTime() >= now.getTime()) ??
        candidates[candidates.length - 1];
      const refusal = checkInRefusal(nearest.status, nearest.startsAt, now);
      throw checkInError(refusal ?? 'APPOINTMENT_NOT_ACTIVE', nearest);
    }
    const checkedIn: AppointmentEntity[] = [];
    for (const appointment of open) {
      checkedIn.push(await this.markCheckedIn(appointment, 'QR', null, now));
    }
    return checkedIn;
  }

  /** Staff of the appointment's hall check a citizen in with the appointment's code. */
  async checkInByStaff(caller: AuthUser, code: string): Promise<AppointmentEntity> {
    const now = this.clock.now();
    const appointment = await this.appointments.byCheckInCode(normaliseCheckInCode(code));
    if (!appointment) throw new AppError('CHECK_IN_CODE_INVALID');
    if (!staffMayActInHall(caller, appointment.hallCode)) {
      throw new AppError('FORBIDDEN', APPOINTMENT_MESSAGES.otherHall);
    }
    const refusal = checkInRefusal(appointment.status, appointment.startsAt, now);
    if (refusal) throw checkInError(refusal, appointment);
    return this.markCheckedIn(appointment, 'STAFF', caller.userId, now);
  }

  private async markCheckedIn(
    appointment: AppointmentEntity,
    method: CheckInMethod,
    staffUserId: string | null,
    now: Date,
  ): Promise<AppointmentEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AppointmentEntity)
        .set({
          status: 'CHECKED_IN',
          checkedInAt: now,
          checkInMethod: method,
          checkedInBy: staffUserId,
        })
        .where("id = :id AND status = 'BOOKED'", { id: appointment.id })
        .execute();
      const current = await this.appointments.byId(appointment.id, manager);
      if (!current) throw new AppError('NOT_FOUND', APPOINTMENT_MESSAGES.notFound);
      if (result.affected !== 1) {
        // Someone else was first (a second scan, the console), or it ended meanwhile.
        throw checkInError(
          checkInRefusal(current.status, current.startsAt, now) ?? 'APPOINTMENT_NOT_ACTIVE',
          current,
        );
      }
      await this.hooks.run(current, manager);
      return current;
    });
  }
}
