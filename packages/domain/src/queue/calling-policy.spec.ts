import {
  callOrder,
  chooseNextForWindow,
  chooseNextTicket,
  DEFAULT_CALLING_POLICY,
  ticketsAhead,
  type CallingPolicy,
  type WaitingTicket,
} from './calling-policy';
import type { QueuePriority } from './ticket-number';

let serial = 0;
/** A waiting ticket; `queuedAt` defaults to its serial so tickets are in creation order. */
function ticket(
  id: string,
  priority: QueuePriority = 'NORMAL',
  extra: Partial<WaitingTicket> = {},
): WaitingTicket {
  serial += 1;
  return { id, priority, serial, queuedAt: serial * 1000, targetWindowCode: null, ...extra };
}
const state = (consecutivePriorityCalls = 0) => ({ consecutivePriorityCalls });
const burst = (priorityBurst: number): CallingPolicy => ({ priorityBurst });
const ids = (tickets: readonly WaitingTicket[]) => tickets.map((t) => t.id);

describe('chooseNextTicket', () => {
  it('returns null for an empty queue', () => {
    expect(chooseNextTicket([], state(), DEFAULT_CALLING_POLICY, null)).toBeNull();
    expect(chooseNextTicket([], state(), DEFAULT_CALLING_POLICY, 'W01')).toBeNull();
  });

  it('defaults to bursts of 3 priority calls', () => {
    expect(DEFAULT_CALLING_POLICY).toEqual({ priorityBurst: 3 });
  });

  it('calls a priority ticket before an older normal one and counts the call', () => {
    const waiting = [ticket('n1'), ticket('p1', 'ELDERLY')];
    const next = chooseNextTicket(waiting, state(1), DEFAULT_CALLING_POLICY, null);
    expect(next).toEqual({ ticket: waiting[1], state: state(2) });
  });

  it('calls the oldest normal ticket after K priority calls in a row and resets the counter', () => {
    const waiting = [ticket('n1'), ticket('n2'), ticket('p1', 'APPOINTMENT')];
    const next = chooseNextTicket(waiting, state(3), DEFAULT_CALLING_POLICY, null);
    expect(next?.ticket.id).toBe('n1');
    expect(next?.state).toEqual(state(0));
  });

  it('treats a counter above K (priority calls while no normal waited) as due for a normal', () => {
    const waiting = [ticket('p1', 'GREEN_CHANNEL'), ticket('n1')];
    expect(chooseNextTicket(waiting, state(7), DEFAULT_CALLING_POLICY, null)?.ticket.id).toBe('n1');
  });

  it('keeps calling priority tickets past K when no normal one waits, still counting', () => {
    const waiting = [ticket('p1', 'APPOINTMENT'), ticket('p2', 'ELDERLY')];
    expect(chooseNextTicket(waiting, state(3), DEFAULT_CALLING_POLICY, null)).toEqual({
      ticket: waiting[0],
      state: state(4),
    });
  });

  it('resets the counter on a normal call when no priority ticket waits', () => {
    const waiting = [ticket('n1'), ticket('n2')];
    expect(chooseNextTicket(waiting, state(2), DEFAULT_CALLING_POLICY, null)).toEqual({
      ticket: waiting[0],
      state: state(0),
    });
  });

  it('does not mutate its inputs', () => {
    const waiting = [ticket('p1', 'ELDERLY'), ticket('n1')];
    const before = state(1);
    const copy = JSON.parse(JSON.stringify(waiting));
    chooseNextTicket(waiting, before, DEFAULT_CALLING_POLICY, 'W01');
    expect(before).toEqual(state(1));
    expect(waiting).toEqual(copy);
  });

  it('orders by queuedAt, then serial, then id', () => {
    const a = ticket('a', 'NORMAL', { queuedAt: 5000, serial: 9 });
    const b = ticket('b', 'NORMAL', { queuedAt: 5000, serial: 4 });
    const c = ticket('c', 'NORMAL', { queuedAt: 6000, serial: 1 });
    expect(chooseNextTicket([c, a, b], state(), DEFAULT_CALLING_POLICY, null)?.ticket.id).toBe('b');
    const x = ticket('x', 'NORMAL', { queuedAt: 1, serial: 1 });
    const w = ticket('w', 'NORMAL', { queuedAt: 1, serial: 1 });
    expect(chooseNextTicket([x, w], state(), DEFAULT_CALLING_POLICY, null)?.ticket.id).toBe('w');
  });

  it('treats APPOINTMENT, GREEN_CHANNEL and ELDERLY as equal (queue order among them)', () => {
    const waiting = [
      ticket('elderly', 'ELDERLY', { queuedAt: 3000 }),
      ticket('green', 'GREEN_CHANNEL', { queuedAt: 1000 }),
      ticket('appointment', 'APPOINTMENT', { queuedAt: 2000 }),
    ];
    expect(ids(callOrder(waiting, state(), burst(10)))).toEqual([
      'green',
      'appointment',
      'elderly',
    ]);
  });

  it("respects a re-queued ticket's new queuedAt", () => {
    const requeued = ticket('requeued', 'NORMAL', { serial: 1, queuedAt: 99_000 });
    const later = ticket('later', 'NORMAL', { serial: 5, queuedAt: 50_000 });
    expect(
      chooseNextTicket([requeued, later], state(), DEFAULT_CALLING_POLICY, null)?.ticket.id,
    ).toBe('later');
  });

  it('rejects a priorityBurst that is negative or not an integer', () => {
    expect(() => chooseNextTicket([], state(), burst(-1), null)).toThrow(RangeError);
    expect(() => chooseNextTicket([], state(), burst(1.5), null)).toThrow(RangeError);
    expect(() => callOrder([], state(), burst(Number.NaN))).toThrow(RangeError);
  });

  describe('tickets transferred to a window', () => {
    const oldNormal = ticket('old-normal');
    const priority = ticket('priority', 'ELDERLY');
    const toW2 = ticket('to-w2', 'NORMAL', { targetWindowCode: 'W02' });
    const toW1late = ticket('to-w1-late', 'APPOINTMENT', { targetWindowCode: 'W01' });
    const toW1 = ticket('to-w1', 'NORMAL', { targetWindowCode: 'W01', queuedAt: 0 });
    const waiting = [oldNormal, priority, toW2, toW1late, toW1];

    it('come first for their window, in queue order, whatever their priority', () => {
      expect(chooseNextTicket(waiting, state(3), DEFAULT_CALLING_POLICY, 'W01')?.ticket.id).toBe(
        'to-w1',
      );
      const rest = waiting.filter((t) => t !== toW1);
      expect(chooseNextTicket(rest, state(3), DEFAULT_CALLING_POLICY, 'W01')?.ticket.id).toBe(
        'to-w1-late',
      );
    });

    it('leave the priority counter unchanged', () => {
      expect(chooseNextTicket(waiting, state(2), DEFAULT_CALLING_POLICY, 'W01')?.state).toEqual(
        state(2),
      );
    });

    it('are never called by another window or without a window', () => {
      expect(chooseNextTicket(waiting, state(), DEFAULT_CALLING_POLICY, 'W03')?.ticket.id).toBe(
        'priority',
      );
      expect(chooseNextTicket([toW2, toW1], state(), DEFAULT_CALLING_POLICY, 'W03')).toBeNull();
      expect(chooseNextTicket([toW2, toW1], state(), DEFAULT_CALLING_POLICY, null)).toBeNull();
    });

    it('are left out of callOrder and counted per window by ticketsAhead', () => {
      expect(ids(callOrder(waiting, state(), DEFAULT_CALLING_POLICY))).toEqual([
        'priority',
        'old-normal',
      ]);
      expect(ticketsAhead('to-w1', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(0);
      expect(ticketsAhead('to-w1-late', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(1);
      expect(ticketsAhead('to-w2', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(0);
    });
  });
});

describe('callOrder and ticketsAhead', () => {
  it('are empty / null for an empty queue and unknown tickets', () => {
    expect(callOrder([], state(), DEFAULT_CALLING_POLICY)).toEqual([]);
    expect(ticketsAhead('nope', [], state(), DEFAULT_CALLING_POLICY)).toBeNull();
    expect(ticketsAhead('nope', [ticket('n1')], state(), DEFAULT_CALLING_POLICY)).toBeNull();
  });

  it('interleaves K priority calls with one normal call (K = 3)', () => {
    const waiting = [
      ticket('n1'),
      ticket('n2'),
      ticket('n3'),
      ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => ticket(id, 'APPOINTMENT')),
    ];
    expect(ids(callOrder(waiting, state(), DEFAULT_CALLING_POLICY))).toEqual([
      'p1',
      'p2',
      'p3',
      'n1',
      'p4',
      'p5',
      'p6',
      'n2',
      'p7',
      'n3',
    ]);
    expect(ticketsAhead('n1', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(3);
    expect(ticketsAhead('p4', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(4);
    expect(ticketsAhead('n3', waiting, state(), DEFAULT_CALLING_POLICY)).toBe(9);
  });

  it('starts from the stored counter', () => {
    const waiting = [ticket('n1'), ticket('n2'), ticket('p1', 'ELDERLY'), ticket('p2', 'ELDERLY')];
    expect(ids(callOrder(waiting, state(2), DEFAULT_CALLING_POLICY))).toEqual([
      'p1',
      'n1',
      'p2',
      'n2',
    ]);
    expect(ids(callOrder(waiting, state(3), DEFAULT_CALLING_POLICY))).toEqual([
      'n1',
      'p1',
      'p2',
      'n2',
    ]);
  });

  it('calls only-priority and only-normal queues in queue order', () => {
    const priorities = [
      ticket('p1', 'ELDERLY'),
      ticket('p2', 'GREEN_CHANNEL'),
      ticket('p3', 'APPOINTMENT'),
      ticket('p4', 'ELDERLY'),
    ];
    expect(ids(callOrder([...priorities].reverse(), state(), DEFAULT_CALLING_POLICY))).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
    ]);
    const normals = [ticket('n1'), ticket('n2'), ticket('n3')];
    expect(ids(callOrder([...normals].reverse(), state(9), DEFAULT_CALLING_POLICY))).toEqual([
      'n1',
      'n2',
      'n3',
    ]);
  });

  it('alternates with K = 1', () => {
    const waiting = [
      ticket('n1'),
      ticket('n2'),
      ticket('p1', 'ELDERLY'),
      ticket('p2', 'ELDERLY'),
      ticket('p3', 'ELDERLY'),
    ];
    expect(ids(callOrder(waiting, state(), burst(1)))).toEqual(['p1', 'n1', 'p2', 'n2', 'p3']);
  });

  it('switches priority off with K = 0: one queue in queue order', () => {
    const waiting = [
      ticket('n1'),
      ticket('p1', 'ELDERLY'),
      ticket('n2'),
      ticket('p2', 'APPOINTMENT'),
    ];
    expect(ids(callOrder(waiting, state(), burst(0)))).toEqual(['n1', 'p1', 'n2', 'p2']);
    expect(chooseNextTicket(waiting, state(), burst(0), null)?.ticket.id).toBe('n1');
    expect(ticketsAhead('p2', waiting, state(), burst(0))).toBe(3);
  });
});

describe('chooseNextForWindow', () => {
  const policy = DEFAULT_CALLING_POLICY;
  it('returns null when no category has a callable ticket', () => {
    expect(chooseNextForWindow([], policy, 'W01')).toBeNull();
    const elsewhere = ticket('x', 'NORMAL', { targetWindowCode: 'W02' });
    expect(
      chooseNextForWindow(
        [
          { categoryCode: 'A', waiting: [], state: state() },
          { categoryCode: 'B', waiting: [elsewhere], state: state() },
        ],
        policy,
        'W01',
      ),
    ).toBeNull();
  });

  it('calls a ticket transferred to the window before anything else', () => {
    const priority = ticket('a-p', 'ELDERLY', { queuedAt: 0 });
    const transferred = ticket('b-t', 'NORMAL', { targetWindowCode: 'W01' });
    const next = chooseNextForWindow(
      [
        { categoryCode: 'A', waiting: [priority], state: state() },
        { categoryCode: 'B', waiting: [transferred], state: state(1) },
      ],
      policy,
      'W01',
    );
    expect(next).toEqual({ categoryCode: 'B', ticket: transferred, state: state(1) });
  });

  it('calls a priority ticket before an older normal ticket of another category', () => {
    const normal = ticket('a-n', 'NORMAL', { queuedAt: 1 });
    const priority = ticket('b-p', 'APPOINTMENT', { queuedAt: 9_000 });
    const next = chooseNextForWindow(
      [
        { categoryCode: 'A', waiting: [normal], state: state() },
        { categoryCode: 'B', waiting: [priority], state: state(5) },
      ],
      policy,
      'W01',
    );
    expect(next).toEqual({ categoryCode: 'B', ticket: priority, state: state(6) });
  });

  it('lets a forced normal call compete with priority tickets by queuedAt', () => {
    const forcedNormal = ticket('a-n', 'NORMAL', { queuedAt: 2_000 });
    const aPriority = ticket('a-p', 'ELDERLY', { queuedAt: 2_500 });
    const newerPriority = ticket('b-p', 'GREEN_CHANNEL', { queuedAt: 3_000 });
    const olderPriority = ticket('b-p0', 'GREEN_CHANNEL', { queuedAt: 1_000 });
    const a = { categoryCode: 'A', waiting: [forcedNormal, aPriority], state: state(3) };
    expect(
      chooseNextForWindow(
        [{ categoryCode: 'B', waiting: [newerPriority], state: state() }, a],
        policy,
        'W01',
      ),
    ).toEqual({ categoryCode: 'A', ticket: forcedNormal, state: state(0) });
    expect(
      chooseNextForWindow(
        [{ categoryCode: 'B', waiting: [olderPriority], state: state() }, a],
        policy,
        'W01',
      ),
    ).toEqual({ categoryCode: 'B', ticket: olderPriority, state: state(1) });
  });

  it('calls the earliest of normal candidates and of priority candidates', () => {
    const aNormal = ticket('a-n', 'NORMAL', { queuedAt: 5_000 });
    const bNormal = ticket('b-n', 'NORMAL', { queuedAt: 4_000 });
    expect(
      chooseNextForWindow(
        [
          { categoryCode: 'A', waiting: [aNormal], state: state() },
          { categoryCode: 'B', waiting: [bNormal], state: state() },
        ],
        policy,
        'W01',
      )?.categoryCode,
    ).toBe('B');
    const aPriority = ticket('a-p', 'ELDERLY', { queuedAt: 4_000, serial: 3 });
    const bPriority = ticket('b-p', 'APPOINTMENT', { queuedAt: 4_000, serial: 7 });
    expect(
      chooseNextForWindow(
        [
          { categoryCode: 'B', waiting: [bPriority], state: state() },
          { categoryCode: 'A', waiting: [aPriority], state: state() },
        ],
        policy,
        'W01',
      )?.categoryCode,
    ).toBe('A');
  });

  it('breaks a full tie by the order of the queues', () => {
    const a = ticket('a', 'NORMAL', { queuedAt: 1, serial: 1 });
    const b = ticket('b', 'NORMAL', { queuedAt: 1, serial: 1 });
    expect(
      chooseNextForWindow(
        [
          { categoryCode: 'B', waiting: [b], state: state() },
          { categoryCode: 'A', waiting: [a], state: state() },
        ],
        policy,
        'W01',
      )?.categoryCode,
    ).toBe('B');
  });

  it('with K = 0 calls the earliest ticket of any category', () => {
    const normal = ticket('a-n', 'NORMAL', { queuedAt: 1 });
    const priority = ticket('b-p', 'ELDERLY', { queuedAt: 2 });
    expect(
      chooseNextForWindow(
        [
          { categoryCode: 'A', waiting: [normal], state: state() },
          { categoryCode: 'B', waiting: [priority], state: state() },
        ],
        burst(0),
        'W01',
      )?.ticket.id,
    ).toBe('a-n');
  });
});
