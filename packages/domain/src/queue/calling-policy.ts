import { isPriorityTicket, type QueuePriority } from './ticket-number';

/** A WAITING ticket as the calling policy sees it. */
export interface WaitingTicket {
  id: string;
  priority: QueuePriority;
  /** The day's serial in its category (the tie-breaker after queuedAt). */
  serial: number;
  /** Epoch ms; the queue order inside a class (re-queue and transfer set it anew). */
  queuedAt: number;
  /** Transferred to one window: only that window calls it, and before anything else. */
  targetWindowCode: string | null;
}

/** Per hall + category + day, stored by the BFF next to the serial counter. */
export interface CallingState {
  /** Priority calls since the last NORMAL call (counts on even when no NORMAL ticket waits). */
  consecutivePriorityCalls: number;
}

export interface CallingPolicy {
  /**
   * K: after K priority calls in a row, a waiting NORMAL ticket is called next. A non-negative
   * integer; 0 switches priority off (one queue in arrival order).
   */
  priorityBurst: number;
}

export const DEFAULT_CALLING_POLICY: CallingPolicy = { priorityBurst: 3 };

export const INITIAL_CALLING_STATE: CallingState = { consecutivePriorityCalls: 0 };

/** Queue order inside a class: earlier queuedAt first, then the lower serial, then the id. */
export function compareQueueOrder(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAt - b.queuedAt || a.serial - b.serial || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function checkPolicy(policy: CallingPolicy): void {
  if (!Number.isSafeInteger(policy.priorityBurst) || policy.priorityBurst < 0) {
    throw new RangeError(
      `priorityBurst must be a non-negative integer, got ${policy.priorityBurst}`,
    );
  }
}

function earliest(tickets: readonly WaitingTicket[]): WaitingTicket | undefined {
  let best: WaitingTicket | undefined;
  for (const ticket of tickets) if (!best || compareQueueOrder(ticket, best) < 0) best = ticket;
  return best;
}

function afterCall(state: CallingState, ticket: WaitingTicket): CallingState {
  return {
    consecutivePriorityCalls: isPriorityTicket(ticket.priority)
      ? state.consecutivePriorityCalls + 1
      : 0,
  };
}

/**
 * Next ticket of ONE category for `windowCode`, and the category's state after calling it.
 *
 * 1. Tickets transferred to this window (`targetWindowCode === windowCode`) come first, in queue
 *    order, whatever their priority; they sit outside the priority/normal rotation, so the state
 *    is returned unchanged. Tickets transferred to another window are never called here
 *    (with `windowCode` null, no transferred ticket is).
 * 2. Otherwise a NORMAL ticket is called when one waits and either no priority ticket waits or
 *    the last `priorityBurst` calls were all priority calls (the counter then resets to 0);
 *    else the earliest priority ticket (APPOINTMENT, GREEN_CHANNEL and ELDERLY alike) and the
 *    counter goes up — also when no NORMAL ticket waits, which then blocks nothing.
 *    `priorityBurst` 0: no priority at all, everyone in queue order.
 *
 * Fairness: a NORMAL ticket with n NORMAL tickets ahead of it is called within (K + 1)·(n + 1)
 * calls of its category, however many priority tickets keep arriving (see the spec).
 */
export function chooseNextTicket(
  waiting: readonly WaitingTicket[],
  state: CallingState,
  policy: CallingPolicy,
  windowCode: string | null,
): { ticket: WaitingTicket; state: CallingState } | null {
  checkPolicy(policy);
  if (windowCode !== null) {
    const targeted = earliest(waiting.filter((t) => t.targetWindowCode === windowCode));
    if (targeted) return { ticket: targeted, state: { ...state } };
  }
  const open = waiting.filter((t) => t.targetWindowCode === null);
  if (policy.priorityBurst === 0) {
    const ticket = earliest(open);
    return ticket ? { ticket, state: afterCall(state, ticket) } : null;
  }
  const normal = earliest(open.filter((t) => !isPriorityTicket(t.priority)));
  const priority = earliest(open.filter((t) => isPriorityTicket(t.priority)));
  const ticket =
    normal && (!priority || state.consecutivePriorityCalls >= policy.priorityBurst)
      ? normal
      : priority;
  return ticket ? { ticket, state: afterCall(state, ticket) } : null;
}

/**
 * The order the policy would call all `waiting` tickets that are not transferred to a window
 * (`chooseNextTicket` with windowCode null, applied until none is left).
 */
export function callOrder(
  waiting: readonly WaitingTicket[],
  state: CallingState,
  policy: CallingPolicy,
): WaitingTicket[] {
  checkPolicy(policy);
  const open = waiting.filter((t) => t.targetWindowCode === null);
  const normals = open.filter((t) => !isPriorityTicket(t.priority)).sort(compareQueueOrder);
  const priorities = open.filter((t) => isPriorityTicket(t.priority)).sort(compareQueueOrder);
  if (policy.priorityBurst === 0) return [...open].sort(compareQueueOrder);
  // Same rule as chooseNextTicket, on two pre-sorted queues: O(n log n) instead of O(n²).
  const order: WaitingTicket[] = [];
  let run = state.consecutivePriorityCalls;
  let n = 0;
  let p = 0;
  while (n < normals.length || p < priorities.length) {
    if (n < normals.length && (p === priorities.length || run >= policy.priorityBurst)) {
      order.push(normals[n++]);
      run = 0;
    } else {
      order.push(priorities[p++]);
      run += 1;
    }
  }
  return order;
}

/**
 * How many tickets the policy calls before `ticketId` (0 = next); null if it is not waiting.
 * A ticket transferred to a window counts the earlier tickets transferred to the same window.
 */
export function ticketsAhead(
  ticketId: string,
  waiting: readonly WaitingTicket[],
  state: CallingState,
  policy: CallingPolicy,
): number | null {
  const ticket = waiting.find((t) => t.id === ticketId);
  if (!ticket) return null;
  if (ticket.targetWindowCode !== null) {
    return waiting.filter(
      (t) => t.targetWindowCode === ticket.targetWindowCode && compareQueueOrder(t, ticket) < 0,
    ).length;
  }
  return callOrder(waiting, state, policy).indexOf(ticket);
}

/**
 * A window serving several categories. Each category proposes its `chooseNextTicket` candidate;
 * the window calls, in this rank:
 * 1. a ticket transferred to this window;
 * 2. a priority ticket, or a NORMAL ticket its category's state forces (priority tickets wait in
 *    that category but its last `priorityBurst` calls were priority calls);
 * 3. any other NORMAL ticket;
 * and inside a rank the earliest queuedAt (then serial, then the order of `queues`).
 * (`priorityBurst` 0: ranks 2 and 3 are one, the earliest untransferred ticket wins.)
 * Returns the chosen category's code and its new state (other categories' states are unchanged).
 *
 * Limit: fairness is counted per category. While other categories served by this window keep
 * priority tickets waiting, a NORMAL ticket of a category with no waiting priority ticket is not
 * called at this window (windows that do not serve those categories still call it).
 */
export function chooseNextForWindow(
  queues: readonly {
    categoryCode: string;
    waiting: readonly WaitingTicket[];
    state: CallingState;
  }[],
  policy: CallingPolicy,
  windowCode: string,
): { categoryCode: string; ticket: WaitingTicket; state: CallingState } | null {
  let best: {
    categoryCode: string;
    ticket: WaitingTicket;
    state: CallingState;
    rank: number;
  } | null = null;
  for (const queue of queues) {
    const candidate = chooseNextTicket(queue.waiting, queue.state, policy, windowCode);
    if (!candidate) continue;
    const { ticket } = candidate;
    const rank =
      ticket.targetWindowCode !== null
        ? 0
        : policy.priorityBurst === 0 ||
            isPriorityTicket(ticket.priority) ||
            forcedNormal(queue.waiting, queue.state, policy)
          ? 1
          : 2;
    if (
      !best ||
      rank < best.rank ||
      (rank === best.rank &&
        (ticket.queuedAt - best.ticket.queuedAt || ticket.serial - best.ticket.serial) < 0)
    ) {
      best = { categoryCode: queue.categoryCode, ticket, state: candidate.state, rank };
    }
  }
  return best && { categoryCode: best.categoryCode, ticket: best.ticket, state: best.state };
}

/** The category's next untransferred call is a NORMAL ticket although priority tickets wait. */
function forcedNormal(
  waiting: readonly WaitingTicket[],
  state: CallingState,
  policy: CallingPolicy,
): boolean {
  return (
    policy.priorityBurst > 0 &&
    state.consecutivePriorityCalls >= policy.priorityBurst &&
    waiting.some((t) => t.targetWindowCode === null && isPriorityTicket(t.priority))
  );
}
