export const QUEUE_TICKET_STATUSES = [
  'WAITING',
  'CALLED',
  'HELD',
  'SKIPPED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type QueueTicketStatus = (typeof QUEUE_TICKET_STATUSES)[number];

/** A ticket in one of these statuses holds its person's "one active ticket per category" place. */
export const ACTIVE_QUEUE_TICKET_STATUSES = [
  'WAITING',
  'CALLED',
  'HELD',
] as const satisfies readonly QueueTicketStatus[];

export function isActiveQueueTicketStatus(status: QueueTicketStatus): boolean {
  return (ACTIVE_QUEUE_TICKET_STATUSES as readonly QueueTicketStatus[]).includes(status);
}

export type QueueTicketAction =
  'CALL' | 'RECALL' | 'SKIP' | 'REQUEUE' | 'HOLD' | 'RESUME' | 'TRANSFER' | 'COMPLETE' | 'CANCEL';

export type TicketTransition =
  | { ok: true; status: QueueTicketStatus }
  | { ok: false; code: 'TICKET_STATE_CONFLICT' | 'TICKET_ALREADY_REQUEUED' };

const conflict: TicketTransition = { ok: false, code: 'TICKET_STATE_CONFLICT' };
const to = (status: QueueTicketStatus): TicketTransition => ({ ok: true, status });

/**
 * Which action is allowed from which status (`requeued`: the ticket has been re-queued once already):
 *
 * | action   | from            | to        |
 * |----------|-----------------|-----------|
 * | CALL     | WAITING         | CALLED    |
 * | RECALL   | CALLED          | CALLED    |
 * | SKIP     | CALLED          | SKIPPED   | 过号
 * | REQUEUE  | SKIPPED         | WAITING   | once per ticket, else TICKET_ALREADY_REQUEUED
 * | HOLD     | CALLED          | HELD      |
 * | RESUME   | HELD            | CALLED    |
 * | TRANSFER | CALLED, HELD    | WAITING   | to another category or window
 * | COMPLETE | CALLED          | COMPLETED |
 * | CANCEL   | WAITING, HELD, SKIPPED | CANCELLED |
 *
 * Anything else is TICKET_STATE_CONFLICT.
 */
export function ticketTransition(
  status: QueueTicketStatus,
  action: QueueTicketAction,
  requeued: boolean,
): TicketTransition {
  switch (action) {
    case 'CALL':
      return status === 'WAITING' ? to('CALLED') : conflict;
    case 'RECALL':
      return status === 'CALLED' ? to('CALLED') : conflict;
    case 'SKIP':
      return status === 'CALLED' ? to('SKIPPED') : conflict;
    case 'REQUEUE':
      if (status !== 'SKIPPED') return conflict;
      return requeued ? { ok: false, code: 'TICKET_ALREADY_REQUEUED' } : to('WAITING');
    case 'HOLD':
      return status === 'CALLED' ? to('HELD') : conflict;
    case 'RESUME':
      return status === 'HELD' ? to('CALLED') : conflict;
    case 'TRANSFER':
      return status === 'CALLED' || status === 'HELD' ? to('WAITING') : conflict;
    case 'COMPLETE':
      return status === 'CALLED' ? to('COMPLETED') : conflict;
    case 'CANCEL':
      return status === 'WAITING' || status === 'HELD' || status === 'SKIPPED'
        ? to('CANCELLED')
        : conflict;
    default: {
      const unknown: never = action;
      throw new Error(`unknown queue ticket action ${String(unknown)}`);
    }
  }
}
