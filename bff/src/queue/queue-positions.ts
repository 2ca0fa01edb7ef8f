import {
  callOrder,
  estimateWait,
  serviceTimeEwma,
  ticketsAhead,
  type CallingPolicy,
  type CallingState,
  type WaitRange,
  type WaitingTicket,
} from '@shizhong/domain';
import type { QueueTicketEntity } from './queue-ticket.entity';

/** Where a WAITING ticket stands. */
export interface TicketPosition {
  ahead: number;
  estimatedWait: WaitRange | null;
}

/** A category's queue now: what the board, the pages and the console show of it. */
export interface CategoryQueue {
  waitingCount: number;
  openWindowCount: number;
  /** For a ticket taken now. */
  estimatedWait: WaitRange | null;
  /** By ticket id, for its WAITING tickets. */
  positions: Map<string, TicketPosition>;
}

export function toWaitingTicket(
  row: Pick<QueueTicketEntity, 'id' | 'priority' | 'serial' | 'queuedAt' | 'targetWindowCode'>,
): WaitingTicket {
  return {
    id: row.id,
    priority: row.priority,
    serial: row.serial,
    queuedAt: row.queuedAt.getTime(),
    targetWindowCode: row.targetWindowCode,
  };
}

/**
 * Positions and waits of one category's WAITING tickets, from one read of the category: the
 * policy's call order (`callOrder` once, `ticketsAhead` for tickets transferred to a window),
 * the mean service time of its recent completed tickets (`serviceTimeEwma`) and the open
 * windows serving it (`estimateWait`).
 */
export function categoryQueue(input: {
  waiting: readonly QueueTicketEntity[];
  state: CallingState;
  policy: CallingPolicy;
  recentServiceSeconds: readonly number[];
  openWindowCount: number;
}): CategoryQueue {
  const { state, policy, openWindowCount } = input;
  const waiting = input.waiting.map(toWaitingTicket);
  const meanServiceSeconds = serviceTimeEwma(input.recentServiceSeconds);
  const wait = (ahead: number) =>
    estimateWait({ ahead, meanServiceSeconds, openWindows: openWindowCount });
  const positions = new Map<string, TicketPosition>();
  callOrder(waiting, state, policy).forEach((ticket, ahead) => {
    positions.set(ticket.id, { ahead, estimatedWait: wait(ahead) });
  });
  for (const ticket of waiting) {
    if (ticket.targetWindowCode === null) continue;
    const ahead = ticketsAhead(ticket.id, waiting, state, policy) ?? 0;
    positions.set(ticket.id, { ahead, estimatedWait: wait(ahead) });
  }
  return {
    waitingCount: waiting.length,
    openWindowCount,
    estimatedWait: wait(waiting.filter((t) => t.targetWindowCode === null).length),
    positions,
  };
}
