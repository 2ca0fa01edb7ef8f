import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { shanghaiDateOf, type LocalDate, type QueueTicketStatus } from '@shizhong/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { inTransaction } from '../database/transaction';
import { requireWindowHall } from './queue-hall-scope';
import { QueueEvents, type QueueChangeKind } from './queue-events';
import { QueueReference, type QueueHall, type ServiceWindowRef } from './queue-reference.service';
import { QueueTicketEntity } from './queue-ticket.entity';
import { QueueRepository } from './queue.repository';
import type { ServiceWindowStateEntity } from './service-window-state.entity';

/** What a window operation works with, inside its transaction. */
export interface WindowContext {
  manager: EntityManager;
  hall: QueueHall;
  window: ServiceWindowRef;
  /** The window's state row, locked (null: never opened, i.e. CLOSED). */
  state: ServiceWindowStateEntity | null;
  now: Date;
  serviceDate: LocalDate;
}

/** What changed, for the QueueChange emitted after the commit (null: nothing to tell). */
export type WindowOutcome = {
  kind: QueueChangeKind;
  categoryCodes: string[];
  ticketIds: string[];
} | null;

/** The categories a window state serves now. */
export function servedCategoryCodes(state: ServiceWindowStateEntity | null): string[] {
  return state && state.status !== 'CLOSED' && state.categoryCodes
    ? state.categoryCodes.split(',')
    : [];
}

/**
 * The frame of every window operation: the window exists (QUEUE_WINDOW_UNKNOWN) and is in the
 * caller's hall (FORBIDDEN; system admins: any); the work runs in one transaction that first
 * locks the window's state row, so two operations on one window run one after the other; the
 * change is emitted once committed.
 */
@Injectable()
export class WindowOperations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: QueueReference,
    private readonly repository: QueueRepository,
    private readonly events: QueueEvents,
    private readonly clock: Clock,
  ) {}

  /** The window, if the caller may work at it. */
  async resolve(
    caller: Pick<AuthUser, 'role' | 'hallCode'>,
    windowCode: string,
  ): Promise<{ hall: QueueHall; window: ServiceWindowRef }> {
    const found = await this.reference.window(windowCode);
    requireWindowHall(caller, found.hall.code);
    return found;
  }

  async run(
    caller: Pick<AuthUser, 'role' | 'hallCode'>,
    windowCode: string,
    work: (context: WindowContext) => Promise<WindowOutcome>,
  ): Promise<{ hall: QueueHall; window: ServiceWindowRef }> {
    const { hall, window } = await this.resolve(caller, windowCode);
    const now = this.clock.now();
    const serviceDate = shanghaiDateOf(now);
    const outcome = await inTransaction(this.dataSource, async (manager) =>
      work({
        manager,
        hall,
        window,
        state: await this.repository.lockWindowState(manager, window.code),
        now,
        serviceDate,
      }),
    );
    if (outcome) {
      this.events.emit({ hallCode: hall.code, serviceDate, windowCode: window.code, ...outcome });
    }
    return { hall, window };
  }
}

/**
 * `UPDATE queue_ticket SET … WHERE id = ? AND status IN (…)`: the conditional write every
 * ticket transition goes through; returns whether the ticket was still in one of `from`.
 */
export async function moveTicket(
  manager: EntityManager,
  id: string,
  from: readonly QueueTicketStatus[],
  set: Partial<Omit<QueueTicketEntity, 'id'>>,
  where: { windowCode?: string } = {},
): Promise<boolean> {
  const query = manager
    .createQueryBuilder()
    .update(QueueTicketEntity)
    .set(set)
    .where('id = :id', { id })
    .andWhere('status IN (:...from)', { from: [...from] });
  if (where.windowCode !== undefined) {
    query.andWhere('window_code = :windowCode', { windowCode: where.windowCode });
  }
  return (await query.execute()).affected === 1;
}
