import fc from 'fast-check';
import {
  callOrder,
  chooseNextTicket,
  ticketsAhead,
  type CallingPolicy,
  type CallingState,
  type WaitingTicket,
} from './calling-policy';
import { QUEUE_PRIORITIES, type QueuePriority } from './ticket-number';

/**
 * No starvation, proved by simulation over random arrival streams (fast-check, seeded so a
 * failure replays; it shrinks a failing stream to a minimal one).
 *
 * Bound (K = priorityBurst ≥ 1): after a normal call the counter is 0, so at most K priority
 * calls precede the next normal call; a counter already ≥ K gives a normal call at once. Normal
 * tickets are called in queue order and later arrivals queue behind, so a NORMAL ticket with n
 * NORMAL tickets ahead of it on arrival is called within (K + 1)·(n + 1) calls — no matter how
 * many priority tickets arrive. Symmetrically a priority ticket with p priority tickets ahead
 * is called within p + 1 + ⌊p / K⌋ + 1 calls, however many normal tickets arrive.
 * K = 0 is one queue: a ticket with a tickets ahead is called within a + 1 calls.
 */

const SEED = 20260703;
const priorityArb = fc.constantFrom<QueuePriority>(...QUEUE_PRIORITIES);
const nonNormal = fc.constantFrom<QueuePriority>('APPOINTMENT', 'GREEN_CHANNEL', 'ELDERLY');

interface Step {
  /** Tickets arriving before this call; the first is always a priority ticket (endless supply). */
  arrivals: QueuePriority[];
  /** Milliseconds since the previous step (0 → same queuedAt, ties broken by serial). */
  gap: number;
}
const stepArb: fc.Arbitrary<Step> = fc.record({
  arrivals: fc
    .tuple(nonNormal, fc.array(priorityArb, { maxLength: 3 }))
    .map(([first, rest]) => [first, ...rest]),
  gap: fc.integer({ min: 0, max: 3 }),
});

interface Arrival {
  ticket: WaitingTicket;
  callsBefore: number;
  bound: number;
}

function bound(ticket: WaitingTicket, waiting: readonly WaitingTicket[], burst: number): number {
  if (burst === 0) return waiting.length + 1;
  const sameClassAhead = waiting.filter(
    (t) => (t.priority === 'NORMAL') === (ticket.priority === 'NORMAL'),
  ).length;
  return ticket.priority === 'NORMAL'
    ? (burst + 1) * (sameClassAhead + 1)
    : sameClassAhead + 1 + Math.floor(sameClassAhead / burst) + 1;
}

describe('calling policy fairness (simulation)', () => {
  it('calls every ticket within its bound while priority tickets keep arriving', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.array(stepArb, { minLength: 1, maxLength: 120 }),
        (priorityBurst, initialCounter, steps) => {
          const policy: CallingPolicy = { priorityBurst };
          let state: CallingState = { consecutivePriorityCalls: initialCounter };
          let waiting: WaitingTicket[] = [];
          const pending = new Map<string, Arrival>();
          let serial = 0;
          let now = 1_000;
          let calls = 0;
          for (const step of steps) {
            now += step.gap;
            for (const priority of step.arrivals) {
              serial += 1;
              const ticket: WaitingTicket = {
                id: `t${serial}`,
                priority,
                serial,
                queuedAt: now,
                targetWindowCode: null,
              };
              pending.set(ticket.id, {
                ticket,
                callsBefore: calls,
                bound: bound(ticket, waiting, priorityBurst),
              });
              waiting.push(ticket);
            }
            const predicted = callOrder(waiting, state, policy);
            const next = chooseNextTicket(waiting, state, policy, null);
            expect(next?.ticket).toBe(predicted[0]);
            if (!next) throw new Error('a priority ticket arrived, so one must be callable');
            calls += 1;
            const arrival = pending.get(next.ticket.id)!;
            expect(calls - arrival.callsBefore).toBeLessThanOrEqual(arrival.bound);
            pending.delete(next.ticket.id);
            waiting = waiting.filter((t) => t !== next.ticket);
            state = next.state;
          }
          // Tickets still waiting have not yet used up their bound.
          for (const arrival of pending.values()) {
            expect(calls - arrival.callsBefore).toBeLessThan(arrival.bound);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps a NORMAL ticket from starving against 10 000 priority tickets', () => {
    const policy: CallingPolicy = { priorityBurst: 3 };
    let state: CallingState = { consecutivePriorityCalls: 0 };
    const normals: WaitingTicket[] = [1, 2, 3].map((serial) => ({
      id: `n${serial}`,
      priority: 'NORMAL',
      serial,
      queuedAt: 0,
      targetWindowCode: null,
    }));
    let waiting: WaitingTicket[] = [...normals];
    const calledAt = new Map<string, number>();
    for (let call = 1; call <= 10_000 && calledAt.size < 3; call += 1) {
      // two new priority tickets before every call: their supply never runs out
      for (const k of [0, 1]) {
        const serial = 100 + call * 2 + k;
        waiting.push({
          id: `p${serial}`,
          priority: 'ELDERLY',
          serial,
          queuedAt: call,
          targetWindowCode: null,
        });
      }
      const next = chooseNextTicket(waiting, state, policy, null)!;
      if (next.ticket.priority === 'NORMAL') calledAt.set(next.ticket.id, call);
      waiting = waiting.filter((t) => t !== next.ticket);
      state = next.state;
    }
    expect(Object.fromEntries(calledAt)).toEqual({ n1: 4, n2: 8, n3: 12 });
  });

  it('callOrder agrees with applying chooseNextTicket until the queue is empty', () => {
    const ticketArb = fc.record({
      priority: priorityArb,
      queuedAt: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.array(ticketArb, { maxLength: 40 }),
        (priorityBurst, counter, drafts) => {
          const policy: CallingPolicy = { priorityBurst };
          const tickets: WaitingTicket[] = drafts.map((draft, index) => ({
            id: `t${index + 1}`,
            serial: index + 1,
            targetWindowCode: null,
            ...draft,
          }));
          const start: CallingState = { consecutivePriorityCalls: counter };
          const order = callOrder(tickets, start, policy);

          const replay: WaitingTicket[] = [];
          let rest = [...tickets];
          let state = start;
          for (;;) {
            const next = chooseNextTicket(rest, state, policy, null);
            if (!next) break;
            replay.push(next.ticket);
            rest = rest.filter((t) => t !== next.ticket);
            state = next.state;
          }
          expect(order).toEqual(replay);
          expect(order).toHaveLength(tickets.length);
          order.forEach((ticket, index) => {
            expect(ticketsAhead(ticket.id, tickets, start, policy)).toBe(index);
          });
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
