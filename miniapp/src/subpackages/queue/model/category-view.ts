import { shanghaiTimeOf } from '@shizhong/domain';
import { queueStrings as s } from '../strings';
import type { CategoryLike, OpenStateLike, TicketLike } from './types';
import { ticketView } from './ticket-view';
import { noWait, waitText } from './wait';

export interface CategoryRow {
  code: string;
  /** A 综合受理 */
  title: string;
  zoneName: string;
  /** 3 人等候 */
  waiting: string;
  /** 预计等待约 5–10 分钟 / 暂无窗口办理 */
  wait: string;
  /** Cannot be taken now: paused, or the hall is not taking numbers. */
  disabled: boolean;
  /** Why (shown on the row and said with it). */
  reason: string | null;
  /** The caller's active ticket of this category (tapping opens it instead). */
  mine: { id: string; number: string } | null;
  /** The row's screen-reader name, in the order it is on screen. */
  label: string;
}

/** One row of the 取号 list. */
export function categoryRow(
  category: CategoryLike,
  openState: OpenStateLike | null,
  mine: Pick<TicketLike, 'id' | 'number'> | null = null,
): CategoryRow {
  const title = `${category.code} ${category.name}`;
  const waiting = s.waitingCount(category.waitingCount);
  const estimate = waitText(category.estimatedWait);
  let wait: string = s.noOpenWindow;
  if (category.openWindowCount > 0 && noWait(category.estimatedWait)) wait = s.noWaitNow;
  else if (category.openWindowCount > 0 && estimate) wait = s.estimatedWait(estimate);
  let reason: string | null = null;
  if (category.paused) {
    reason = category.pausedReason ? s.pausedWithReason(category.pausedReason) : s.paused;
  } else if (openState && !openState.open) {
    reason = openState.reason ?? s.hallClosed;
  }
  const taken = mine ? s.alreadyTaken(mine.number) : null;
  return {
    code: category.code,
    title,
    zoneName: category.zoneName,
    waiting,
    wait,
    disabled: reason !== null && !mine,
    reason,
    mine: mine ? { id: mine.id, number: mine.number } : null,
    label: s.categoryLabel([title, taken ?? '', reason ?? '', waiting, wait]),
  };
}

/** The rows, each with the caller's active ticket of its category if there is one. */
export function categoryRows(
  categories: readonly CategoryLike[],
  openState: OpenStateLike | null,
  myTickets: readonly TicketLike[],
): CategoryRow[] {
  return categories.map((category) => {
    const mine = myTickets.find(
      (ticket) => ticket.categoryCode === category.code && ticketView(ticket).active,
    );
    return categoryRow(category, openState, mine ?? null);
  });
}

/** The line under the title: today's hours while open, else why no number can be taken. */
export function openStateLine(openState: OpenStateLike | null): { open: boolean; text: string } {
  if (!openState) return { open: true, text: '' };
  if (!openState.open) return { open: false, text: openState.reason ?? s.hallClosed };
  if (openState.opensAt && openState.closesAt) {
    return {
      open: true,
      text: s.openHours(
        shanghaiTimeOf(new Date(openState.opensAt)),
        shanghaiTimeOf(new Date(openState.closesAt)),
      ),
    };
  }
  return { open: true, text: s.hallOpen };
}
