import { queueStrings as s } from '../strings';
import type { TicketLike, TicketStatus } from './types';
import { noWait, waitText } from './wait';

export type TicketTone = 'waiting' | 'called' | 'held' | 'skipped' | 'done' | 'cancelled';

export interface TicketView {
  /** The big line under the number: 前面还有 3 人 / 请到 12 号窗口 / 已过号 … */
  headline: string;
  /** What follows it: 预计等待 约 5–10 分钟 / 综合受理区，请尽快前往 … */
  detail: string | null;
  statusLabel: string;
  tone: TicketTone;
  /** WAITING, CALLED or HELD: still in the queue (live updates, cancel). */
  active: boolean;
  /** 长者优先 / 预约优先 / 绿色通道; null for a normal ticket. */
  priorityLabel: string | null;
  /** Everything a screen reader says for the ticket, in the order it is on screen. */
  label: string;
}

const TONE: Record<TicketStatus, TicketTone> = {
  WAITING: 'waiting',
  CALLED: 'called',
  HELD: 'held',
  SKIPPED: 'skipped',
  COMPLETED: 'done',
  CANCELLED: 'cancelled',
};

export function isActiveTicket(ticket: Pick<TicketLike, 'status'>): boolean {
  return ticket.status === 'WAITING' || ticket.status === 'CALLED' || ticket.status === 'HELD';
}

function calledHeadline(ticket: TicketLike): string {
  if (ticket.windowNumber != null) return s.goToWindow(ticket.windowNumber);
  if (ticket.windowLabel) return s.goToWindowLabel(ticket.windowLabel);
  return s.goToWindowUnknown;
}

function lines(ticket: TicketLike): { headline: string; detail: string | null } {
  switch (ticket.status) {
    case 'WAITING': {
      const headline =
        ticket.ahead == null ? s.queued : ticket.ahead === 0 ? s.aheadNone : s.ahead(ticket.ahead);
      if (noWait(ticket.estimatedWait)) return { headline, detail: s.waitSoon };
      const wait = waitText(ticket.estimatedWait);
      return { headline, detail: wait ? s.expectedWait(wait) : s.noWindowYet };
    }
    case 'CALLED':
      return {
        headline: calledHeadline(ticket),
        detail: ticket.zoneName ? s.calledDetail(ticket.zoneName) : null,
      };
    case 'HELD':
      return { headline: s.status.HELD, detail: s.heldDetail };
    case 'SKIPPED':
      return {
        headline: s.status.SKIPPED,
        detail: ticket.canRequeue ? s.skippedCanRequeue : s.skippedNoRequeue,
      };
    case 'COMPLETED':
      return { headline: s.status.COMPLETED, detail: s.completedDetail };
    case 'CANCELLED':
      return { headline: s.status.CANCELLED, detail: s.cancelledDetail };
  }
}

/** What the 我的排队 card shows for one ticket. */
export function ticketView(ticket: TicketLike): TicketView {
  const { headline, detail } = lines(ticket);
  const priorityLabel = s.priorities[ticket.priority] || null;
  const label = [
    s.ticketNumberLabel(ticket.number),
    ticket.categoryName,
    priorityLabel,
    headline,
    detail,
  ]
    .filter(Boolean)
    .join('，');
  return {
    headline,
    detail,
    statusLabel: s.status[ticket.status],
    tone: TONE[ticket.status],
    active: isActiveTicket(ticket),
    priorityLabel,
    label,
  };
}

/** Today's tickets as 我的排队 lists them: active ones first, then the newest first. */
export function sortTickets<T extends TicketLike>(tickets: readonly T[]): T[] {
  return [...tickets].sort((a, b) => {
    const active = Number(isActiveTicket(b)) - Number(isActiveTicket(a));
    if (active !== 0) return active;
    return b.takenAt.localeCompare(a.takenAt);
  });
}

/** A pushed or answered ticket replaces the one with its id (or joins the list). */
export function mergeTicket<T extends TicketLike>(tickets: readonly T[], updated: T): T[] {
  const found = tickets.some((ticket) => ticket.id === updated.id);
  return sortTickets(
    found
      ? tickets.map((ticket) => (ticket.id === updated.id ? updated : ticket))
      : [...tickets, updated],
  );
}

/** The ticket asked for by the URL first, the others as sorted. */
export function withFirst<T extends TicketLike>(
  tickets: readonly T[],
  firstId: string | null,
): T[] {
  const sorted = sortTickets(tickets);
  if (!firstId) return sorted;
  const first = sorted.find((ticket) => ticket.id === firstId);
  return first ? [first, ...sorted.filter((ticket) => ticket !== first)] : sorted;
}
