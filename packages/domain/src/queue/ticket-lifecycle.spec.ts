import {
  ACTIVE_QUEUE_TICKET_STATUSES,
  isActiveQueueTicketStatus,
  QUEUE_TICKET_STATUSES,
  ticketTransition,
  type QueueTicketAction,
  type QueueTicketStatus,
} from './ticket-lifecycle';

const ACTIONS: QueueTicketAction[] = [
  'CALL',
  'RECALL',
  'SKIP',
  'REQUEUE',
  'HOLD',
  'RESUME',
  'TRANSFER',
  'COMPLETE',
  'CANCEL',
];

/** The whole allowed table; every other (status, action) pair is a conflict. */
const ALLOWED: Record<string, QueueTicketStatus> = {
  'WAITING CALL': 'CALLED',
  'CALLED RECALL': 'CALLED',
  'CALLED SKIP': 'SKIPPED',
  'SKIPPED REQUEUE': 'WAITING',
  'CALLED HOLD': 'HELD',
  'HELD RESUME': 'CALLED',
  'CALLED TRANSFER': 'WAITING',
  'HELD TRANSFER': 'WAITING',
  'CALLED COMPLETE': 'COMPLETED',
  'WAITING CANCEL': 'CANCELLED',
  'HELD CANCEL': 'CANCELLED',
  'SKIPPED CANCEL': 'CANCELLED',
};

describe('ticketTransition', () => {
  const pairs = QUEUE_TICKET_STATUSES.flatMap((status) =>
    ACTIONS.map((action): [QueueTicketStatus, QueueTicketAction] => [status, action]),
  );
  it.each(pairs)('%s + %s follows the table', (status, action) => {
    const expected = ALLOWED[`${status} ${action}`];
    expect(ticketTransition(status, action, false)).toEqual(
      expected ? { ok: true, status: expected } : { ok: false, code: 'TICKET_STATE_CONFLICT' },
    );
  });

  it('lets a skipped ticket re-queue only once', () => {
    expect(ticketTransition('SKIPPED', 'REQUEUE', true)).toEqual({
      ok: false,
      code: 'TICKET_ALREADY_REQUEUED',
    });
    expect(ticketTransition('WAITING', 'REQUEUE', true)).toEqual({
      ok: false,
      code: 'TICKET_STATE_CONFLICT',
    });
  });

  it('does not let a re-queued flag block anything but a second re-queue', () => {
    expect(ticketTransition('SKIPPED', 'CANCEL', true)).toEqual({ ok: true, status: 'CANCELLED' });
    expect(ticketTransition('WAITING', 'CALL', true)).toEqual({ ok: true, status: 'CALLED' });
  });

  it('ends in COMPLETED and CANCELLED', () => {
    for (const status of ['COMPLETED', 'CANCELLED'] as const) {
      for (const action of ACTIONS) expect(ticketTransition(status, action, false).ok).toBe(false);
    }
  });
});

describe('active statuses', () => {
  it('are WAITING, CALLED and HELD', () => {
    expect(ACTIVE_QUEUE_TICKET_STATUSES).toEqual(['WAITING', 'CALLED', 'HELD']);
    expect(QUEUE_TICKET_STATUSES.filter(isActiveQueueTicketStatus)).toEqual([
      'WAITING',
      'CALLED',
      'HELD',
    ]);
  });
});
