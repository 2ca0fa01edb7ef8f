import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isRecordVisibleTo,
  shanghaiDateOf,
  ticketTransition,
  type QueueTicketStatus,
} from '@shizhong/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { inTransaction } from '../database/transaction';
import { isUniqueViolation } from '../database/unique-violation';
import { ActingForService } from '../family/acting-for.service';
import { QueueEvents, type QueueChangeKind } from './queue-events';
import { QueueTicketEntity } from './queue-ticket.entity';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';

const ACTIVE_FIRST: Record<QueueTicketStatus, number> = {
  CALLED: 0,
  HELD: 0,
  WAITING: 0,
  SKIPPED: 1,
  COMPLETED: 1,
  CANCELLED: 1,
};

/**
 * A citizen's tickets: taken by them or for them (the subject sees it too; anyone else is told
 * it does not exist), cancelling one and putting a skipped one back in the queue (once).
 */
@Injectable()
export class CitizenTicketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: QueueRepository,
    private readonly acting: ActingForService,
    private readonly events: QueueEvents,
    private readonly clock: Clock,
  ) {}

  /** Today's tickets of the caller, active ones first (oldest first), then the rest (latest first). */
  async mine(userId: string): Promise<QueueTicketEntity[]> {
    const viewer = await this.acting.viewerOf(userId);
    const rows = await this.repository.visibleOnDay(viewer, shanghaiDateOf(this.clock.now()));
    return rows.sort(
      (a, b) =>
        ACTIVE_FIRST[a.status] - ACTIVE_FIRST[b.status] ||
        (ACTIVE_FIRST[a.status] === 0
          ? a.takenAt.getTime() - b.takenAt.getTime()
          : b.takenAt.getTime() - a.takenAt.getTime()),
    );
  }

  /** One of the caller's tickets (taken by or for them); NOT_FOUND otherwise. */
  async one(userId: string, id: string): Promise<QueueTicketEntity> {
    const row = await this.repository.ticket(id);
    if (!row || !(await this.visible(userId, row))) {
      throw new AppError('NOT_FOUND', QUEUE_MESSAGES.ticketNotFound);
    }
    return row;
  }

  /** 取消: a WAITING, HELD or SKIPPED ticket, by its owner or its subject. */
  async cancel(userId: string, id: string): Promise<QueueTicketEntity> {
    const row = await this.one(userId, id);
    const transition = ticketTransition(row.status, 'CANCEL', row.requeued);
    if (!transition.ok) {
      throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.cannotCancel(row.number));
    }
    const now = this.clock.now();
    const result = await inTransaction(this.dataSource, (manager) =>
      manager
        .createQueryBuilder()
        .update(QueueTicketEntity)
        .set({
          status: 'CANCELLED',
          cancelledAt: now,
          activeKey: null,
          servingSince: null,
          updatedAt: now,
        })
        .where("id = :id AND status IN ('WAITING', 'HELD', 'SKIPPED')", { id })
        .execute(),
    );
    if (result.affected !== 1) {
      throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.cannotCancel(row.number));
    }
    return this.changed(row, 'CANCELLED');
  }

  /** 过号重排: a SKIPPED ticket of today back to WAITING, at the end of its class; once. */
  async requeue(userId: string, id: string): Promise<QueueTicketEntity> {
    const row = await this.one(userId, id);
    const transition = ticketTransition(row.status, 'REQUEUE', row.requeued);
    if (!transition.ok) {
      throw new AppError(
        transition.code,
        transition.code === 'TICKET_ALREADY_REQUEUED'
          ? QUEUE_MESSAGES.alreadyRequeued(row.number)
          : QUEUE_MESSAGES.cannotRequeue(row.number),
      );
    }
    const now = this.clock.now();
    if (row.serviceDate !== shanghaiDateOf(now)) {
      throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.notToday);
    }
    let affected: number | undefined;
    try {
      const result = await inTransaction(this.dataSource, (manager) =>
        manager
          .createQueryBuilder()
          .update(QueueTicketEntity)
          .set({
            status: 'WAITING',
            requeued: true,
            queuedAt: now,
            activeKey: row.subjectIdNumberHash,
            windowCode: null,
            targetWindowCode: null,
            updatedAt: now,
          })
          .where("id = :id AND status = 'SKIPPED' AND requeued = 0", { id })
          .execute(),
      );
      affected = result.affected;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError('QUEUE_TICKET_ACTIVE_EXISTS');
    }
    if (affected !== 1) {
      throw new AppError('TICKET_ALREADY_REQUEUED', QUEUE_MESSAGES.alreadyRequeued(row.number));
    }
    return this.changed(row, 'REQUEUED');
  }

  private async visible(userId: string, row: QueueTicketEntity): Promise<boolean> {
    if (row.ownerUserId === userId) return true;
    if (!row.subjectIdNumberHash) return false;
    return isRecordVisibleTo(
      { actorUserId: row.ownerUserId ?? '', subjectIdNumberHash: row.subjectIdNumberHash },
      await this.acting.viewerOf(userId),
    );
  }

  private async changed(row: QueueTicketEntity, kind: QueueChangeKind): Promise<QueueTicketEntity> {
    this.events.emit({
      hallCode: row.hallCode,
      serviceDate: row.serviceDate,
      categoryCodes: [row.categoryCode],
      ticketIds: [row.id],
      windowCode: row.status === 'HELD' ? row.windowCode : null,
      kind,
    });
    const current = await this.repository.ticket(row.id);
    if (!current) throw new AppError('NOT_FOUND', QUEUE_MESSAGES.ticketNotFound);
    return current;
  }
}
