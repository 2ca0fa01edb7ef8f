import { Injectable } from '@nestjs/common';
import { shanghaiDateOf } from '@shizhong/domain';
import type { EntityManager } from 'typeorm';
import type { AppointmentEntity } from '../appointments/appointment.entity';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { isUniqueViolation } from '../database/unique-violation';
import { afterCommit } from './after-commit';
import { QueueEvents } from './queue-events';
import { QueueTicketEntity } from './queue-ticket.entity';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';
import { TicketIssuer } from './ticket-issuer.service';
import { newTicketDraft } from './ticket-taking.service';

/**
 * Appointment check-in → a priority ticket (APPOINTMENT, source APPOINTMENT) in the appointment's
 * category, written in the check-in transaction (AppointmentCheckInHooks 'queue-ticket'): both
 * commit or neither. Owner: who booked; subject: who the appointment is for.
 *
 * If that person already holds an active ticket of the category today, no second one is made:
 * a WAITING one becomes an APPOINTMENT ticket (it keeps its number), one at a window stays as it
 * is. A check-in that loses a race against the person's own take at the same instant is refused
 * with QUEUE_TICKET_ACTIVE_EXISTS and rolled back; checking in again upgrades that ticket.
 */
@Injectable()
export class AppointmentTicketHook {
  constructor(
    private readonly issuer: TicketIssuer,
    private readonly repository: QueueRepository,
    private readonly events: QueueEvents,
    private readonly clock: Clock,
  ) {}

  async onCheckIn(appointment: AppointmentEntity, manager: EntityManager): Promise<void> {
    if (await this.repository.byAppointment(appointment.id, manager)) return;
    const now = this.clock.now();
    const serviceDate = shanghaiDateOf(now);
    const active = await this.repository.activeOf(
      appointment.hallCode,
      appointment.categoryCode,
      serviceDate,
      appointment.subjectIdNumberHash,
      manager,
    );
    if (active) {
      await this.upgrade(manager, active, appointment.id, now);
      return;
    }
    const draft = {
      ...newTicketDraft({
        hallCode: appointment.hallCode,
        categoryCode: appointment.categoryCode,
        serviceDate,
        priority: 'APPOINTMENT',
        source: 'APPOINTMENT',
        now,
        ownerUserId: appointment.actorUserId,
        subject: appointment,
      }),
      appointmentId: appointment.id,
    } as const;
    try {
      await this.issuer.issueIn(manager, draft, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError('QUEUE_TICKET_ACTIVE_EXISTS', QUEUE_MESSAGES.checkInRace);
    }
  }

  private async upgrade(
    manager: EntityManager,
    ticket: QueueTicketEntity,
    appointmentId: string,
    now: Date,
  ): Promise<void> {
    if (ticket.status !== 'WAITING' || ticket.appointmentId !== null) return;
    const result = await manager
      .createQueryBuilder()
      .update(QueueTicketEntity)
      .set({ priority: 'APPOINTMENT', appointmentId, updatedAt: now })
      .where("id = :id AND status = 'WAITING'", { id: ticket.id })
      .execute();
    if (result.affected !== 1) return;
    afterCommit(manager, () =>
      this.events.emit({
        hallCode: ticket.hallCode,
        serviceDate: ticket.serviceDate,
        categoryCodes: [ticket.categoryCode],
        ticketIds: [ticket.id],
        windowCode: null,
        kind: 'TAKEN',
      }),
    );
  }
}
