import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cancelDeadline, cancelRefusal, effectiveAppointmentStatus } from '@shizhong/domain';
import { DataSource } from 'typeorm';
import { AppointmentSlotEntity } from '../booking-calendar/appointment-slot.entity';
import { BookingCalendarRepository } from '../booking-calendar/booking-calendar.repository';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { inTransaction } from '../database/transaction';
import { ActingForService } from '../family/acting-for.service';
import { OutboxService } from '../outbox/outbox.service';
import { AppointmentEntity } from './appointment.entity';
import { APPOINTMENT_MESSAGES } from './appointments.messages';
import { AppointmentsRepository } from './appointments.repository';
import { REMINDER_KINDS, reminderDedupeKey } from './reminders/appointment-reminders';

const DEFAULT_CUTOFF_MINUTES = 60;

/**
 * Cancelling (取消预约): only the citizen who booked, until the hall's cut-off before the slot.
 * The place goes back at once — the appointment, the slot's `booked` counter and the planned
 * reminders change in one transaction; the conditional UPDATE (`… WHERE status = 'BOOKED'`)
 * makes two cancels at once return the place once.
 */
@Injectable()
export class CancellationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appointments: AppointmentsRepository,
    private readonly calendar: BookingCalendarRepository,
    private readonly acting: ActingForService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async cancel(callerUserId: string, id: string): Promise<AppointmentEntity> {
    const now = this.clock.now();
    const appointment = await this.appointments.byId(id);
    if (!appointment) throw new AppError('NOT_FOUND', APPOINTMENT_MESSAGES.notFound);
    if (appointment.actorUserId !== callerUserId) {
      // The subject sees it (and is told why not); anyone else is told it does not exist.
      if (await this.acting.visibleToCaller(callerUserId, appointment)) {
        throw new AppError('FORBIDDEN', APPOINTMENT_MESSAGES.cancelNotActor);
      }
      throw new AppError('NOT_FOUND', APPOINTMENT_MESSAGES.notFound);
    }
    const settings = await this.calendar.settings(appointment.hallCode);
    const cutoff = settings?.cancelCutoffMinutes ?? DEFAULT_CUTOFF_MINUTES;
    const status = effectiveAppointmentStatus(appointment.status, appointment.endsAt, now);
    const refusal = cancelRefusal(status, appointment.startsAt, now, cutoff);
    if (refusal === 'CANCEL_TOO_LATE') {
      throw new AppError(
        refusal,
        APPOINTMENT_MESSAGES.cancelTooLate(cutoff, cancelDeadline(appointment.startsAt, cutoff)),
      );
    }
    if (refusal === 'APPOINTMENT_NOT_ACTIVE') {
      throw new AppError(refusal, APPOINTMENT_MESSAGES.notActive(status));
    }

    return inTransaction(this.dataSource, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AppointmentEntity)
        .set({ status: 'CANCELLED', activeKey: null, cancelledAt: now })
        .where("id = :id AND status = 'BOOKED'", { id })
        .execute();
      if (result.affected !== 1) {
        const current = await this.appointments.byId(id, manager);
        throw new AppError(
          'APPOINTMENT_NOT_ACTIVE',
          APPOINTMENT_MESSAGES.notActive(current?.status ?? 'CANCELLED'),
        );
      }
      await manager
        .createQueryBuilder()
        .update(AppointmentSlotEntity)
        .set({ booked: () => 'booked - 1', version: () => 'version + 1' })
        .where('id = :slotId AND booked > 0', { slotId: appointment.slotId })
        .execute();
      await this.outbox.cancel(
        manager,
        REMINDER_KINDS.map((kind) => reminderDedupeKey(id, kind)),
        now,
      );
      return { ...appointment, status: 'CANCELLED', activeKey: null, cancelledAt: now };
    });
  }
}
