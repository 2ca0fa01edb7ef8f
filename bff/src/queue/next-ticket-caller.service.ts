import { Inject, Injectable } from '@nestjs/common';
import { chooseNextForWindow, shanghaiDateOf, type CallingPolicy } from '@shizhong/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QueueCounterEntity } from './queue-counter.entity';
import { toWaitingTicket } from './queue-positions';
import { callingPolicyOf } from './queue-snapshots.service';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';
import { ServiceWindowStateEntity } from './service-window-state.entity';
import { TicketNumbering } from './ticket-numbering';
import {
  WindowOperations,
  moveTicket,
  servedCategoryCodes,
  type WindowContext,
  type WindowOutcome,
} from './window-operations';

/** The ticket chosen was taken by someone else meanwhile (e.g. cancelled): choose again. */
class LostRace extends Error {}
const ATTEMPTS = 5;

/**
 * 叫号 — "call next" at a window. Two windows pressing at the same instant never get the same
 * ticket:
 *
 * 1. one transaction locks the window's state row, then the day's counter rows of the
 *    categories it serves, one by one in code order (`SELECT … FOR UPDATE` on MySQL; SQLite runs
 *    one write transaction at a time), so windows sharing a category take turns and never
 *    deadlock each other;
 * 2. it reads the WAITING tickets of those categories and lets the domain's calling policy
 *    choose (`chooseNextForWindow`: transferred-to-this-window first, priority with fairness);
 * 3. `UPDATE queue_ticket SET status = 'CALLED' … WHERE id = ? AND status = 'WAITING'` — if
 *    that ticket changed meanwhile (a citizen cancelled it), everything rolls back and the call
 *    is tried again with a fresh read; deadlocks and lock time-outs are retried by inTransaction;
 * 4. it stores the category's new calling state and the window's current ticket.
 */
@Injectable()
export class NextTicketCaller {
  private readonly policy: CallingPolicy;

  constructor(
    private readonly operations: WindowOperations,
    private readonly repository: QueueRepository,
    private readonly numbering: TicketNumbering,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'QUEUE_PRIORITY_BURST'>,
  ) {
    this.policy = callingPolicyOf(config);
  }

  async callNext(caller: Pick<AuthUser, 'role' | 'hallCode'>, windowCode: string) {
    const { hall, window } = await this.operations.resolve(caller, windowCode);
    // The counter rows to lock must exist (a category may have had no take today yet).
    const state = await this.repository.windowState(window.code);
    const now = this.clock.now();
    for (const code of servedCategoryCodes(state)) {
      await this.numbering.ensureCounter(hall.code, code, shanghaiDateOf(now), now);
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.operations.run(caller, windowCode, (context) => this.callIn(context));
      } catch (error) {
        if (!(error instanceof LostRace) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async callIn(context: WindowContext): Promise<WindowOutcome> {
    const { manager, hall, window, state, now, serviceDate } = context;
    if (state?.status !== 'OPEN') {
      throw new AppError('QUEUE_WINDOW_NOT_OPEN', QUEUE_MESSAGES.windowNotOpen(window.label));
    }
    if (state.currentTicketId) {
      const current = await this.repository.ticket(state.currentTicketId, manager);
      throw new AppError(
        'TICKET_STATE_CONFLICT',
        QUEUE_MESSAGES.windowBusy(window.label, current?.number ?? ''),
      );
    }
    const codes = servedCategoryCodes(state);
    const counters = await this.repository.lockCounters(manager, hall.code, serviceDate, codes);
    const waiting = await this.repository.waitingTickets(hall.code, serviceDate, codes, manager);
    const choice = chooseNextForWindow(
      codes.map((categoryCode) => ({
        categoryCode,
        waiting: waiting.filter((row) => row.categoryCode === categoryCode).map(toWaitingTicket),
        state: {
          consecutivePriorityCalls:
            counters.find((c) => c.categoryCode === categoryCode)?.consecutivePriorityCalls ?? 0,
        },
      })),
      this.policy,
      window.code,
    );
    if (!choice) {
      throw new AppError('QUEUE_NO_TICKET_WAITING', QUEUE_MESSAGES.noTicketWaiting(window.label));
    }
    const called = await moveTicket(manager, choice.ticket.id, ['WAITING'], {
      status: 'CALLED',
      windowCode: window.code,
      targetWindowCode: null,
      calledAt: now,
      announcedAt: now,
      servingSince: now,
      updatedAt: now,
    });
    if (!called) throw new LostRace();
    await this.saveState(manager, hall.code, choice.categoryCode, serviceDate, choice.state, now);
    const taken = await manager
      .createQueryBuilder()
      .update(ServiceWindowStateEntity)
      .set({ currentTicketId: choice.ticket.id, updatedAt: now })
      .where('window_code = :code AND current_ticket_id IS NULL', { code: window.code })
      .execute();
    if (taken.affected !== 1) throw new LostRace();
    return { kind: 'CALLED', categoryCodes: [choice.categoryCode], ticketIds: [choice.ticket.id] };
  }

  private async saveState(
    manager: EntityManager,
    hallCode: string,
    categoryCode: string,
    serviceDate: string,
    state: { consecutivePriorityCalls: number },
    now: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(QueueCounterEntity)
      .set({ consecutivePriorityCalls: state.consecutivePriorityCalls, updatedAt: now })
      .where(
        'hall_code = :hallCode AND category_code = :categoryCode AND service_date = :serviceDate',
        { hallCode, categoryCode, serviceDate },
      )
      .execute();
  }
}
