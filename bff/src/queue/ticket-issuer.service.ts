import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { afterCommit } from './after-commit';
import { QueueEvents } from './queue-events';
import type { QueueTicketEntity } from './queue-ticket.entity';
import { TicketNumbering, type TicketDraft } from './ticket-numbering';

/**
 * Issues numbered tickets and announces them once committed: in a transaction of its own
 * (takes, green channel) or in the caller's (the appointment check-in hook).
 */
@Injectable()
export class TicketIssuer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly numbering: TicketNumbering,
    private readonly events: QueueEvents,
  ) {}

  /** Counter + ticket in one transaction; a unique violation (active key, idempotency key) is thrown. */
  async issue(draft: TicketDraft, now: Date): Promise<QueueTicketEntity> {
    await this.numbering.ensureCounter(draft.hallCode, draft.categoryCode, draft.serviceDate, now);
    const ticket = await inTransaction(this.dataSource, (manager) =>
      this.numbering.issue(manager, draft, now),
    );
    this.announce(ticket);
    return ticket;
  }

  /** The same inside the caller's transaction; announced when it commits. */
  async issueIn(manager: EntityManager, draft: TicketDraft, now: Date): Promise<QueueTicketEntity> {
    const ticket = await this.numbering.issue(manager, draft, now);
    afterCommit(manager, () => this.announce(ticket));
    return ticket;
  }

  private announce(ticket: QueueTicketEntity): void {
    this.events.emit({
      hallCode: ticket.hallCode,
      serviceDate: ticket.serviceDate,
      categoryCodes: [ticket.categoryCode],
      ticketIds: [ticket.id],
      windowCode: null,
      kind: 'TAKEN',
    });
  }
}
