/**
 * What the window console (窗口叫号台) allows now. The BFF checks every action again; this only
 * keeps the buttons honest and says why one cannot be pressed.
 */
export type WindowStatus = 'OPEN' | 'PAUSED' | 'CLOSED';
export type ConsoleTicketStatus =
  'WAITING' | 'CALLED' | 'HELD' | 'SKIPPED' | 'COMPLETED' | 'CANCELLED';

export interface ConsoleLike {
  status: WindowStatus;
  categoryCodes: readonly string[];
  allowedCategoryCodes: readonly string[];
  currentTicket?: { id: string; status: ConsoleTicketStatus } | null;
  heldTickets: readonly { id: string }[];
  waiting: readonly { code: string; waitingCount: number; paused: boolean }[];
}

export type ConsoleAction =
  'open' | 'pause' | 'close' | 'callNext' | 'recall' | 'skip' | 'hold' | 'transfer' | 'complete';

export interface ActionState {
  enabled: boolean;
  /** Why not (Chinese, shown under the buttons and in the button's label). */
  reason: string | null;
}

export const consoleReasons = {
  notOpen: '窗口未开启，请先开启窗口',
  paused: '窗口已暂停，恢复后才能叫号',
  busy: '请先办结、过号、挂起或转移当前的号',
  noTicket: '当前没有正在办理的号',
  alreadyOpen: '窗口已开启，改选业务后可以更新',
  alreadyPaused: '窗口已暂停',
  alreadyClosed: '窗口已关闭',
  noCategory: '请至少选择一个业务类别',
  closeBusy: '请先处理当前的号再关闭窗口',
} as const;

const OK: ActionState = { enabled: true, reason: null };
const no = (reason: string): ActionState => ({ enabled: false, reason });

/** The tickets waiting for this window's categories (only the ones it serves now). */
export function waitingForWindow(windowConsole: ConsoleLike): number {
  const served = new Set(windowConsole.categoryCodes);
  return windowConsole.waiting
    .filter((category) => served.has(category.code))
    .reduce((sum, category) => sum + category.waitingCount, 0);
}

/** Whether each console action may be pressed now, and why not. */
export function consoleActions(
  windowConsole: ConsoleLike,
  chosenCategories: readonly string[],
): Record<ConsoleAction, ActionState> {
  const serving = windowConsole.currentTicket?.status === 'CALLED';
  const ticketAction = serving ? OK : no(consoleReasons.noTicket);
  let callNext: ActionState = OK;
  if (windowConsole.status === 'CLOSED') callNext = no(consoleReasons.notOpen);
  else if (windowConsole.status === 'PAUSED') callNext = no(consoleReasons.paused);
  // Nobody waiting is left to the BFF (QUEUE_NO_TICKET_WAITING): a count shown here may be a
  // few seconds old, and a window must never be kept from calling by a stale number.
  else if (serving) callNext = no(consoleReasons.busy);

  let open: ActionState = OK;
  if (chosenCategories.length === 0) open = no(consoleReasons.noCategory);
  else if (
    windowConsole.status === 'OPEN' &&
    sameSet(chosenCategories, windowConsole.categoryCodes)
  ) {
    open = no(consoleReasons.alreadyOpen);
  }
  return {
    open,
    pause:
      windowConsole.status === 'OPEN'
        ? OK
        : no(
            windowConsole.status === 'PAUSED'
              ? consoleReasons.alreadyPaused
              : consoleReasons.notOpen,
          ),
    close:
      windowConsole.status === 'CLOSED'
        ? no(consoleReasons.alreadyClosed)
        : serving
          ? no(consoleReasons.closeBusy)
          : OK,
    callNext,
    recall: ticketAction,
    skip: ticketAction,
    hold: ticketAction,
    transfer: ticketAction,
    complete: ticketAction,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

/**
 * The categories ticked when the console opens: the ones the window serves now, else every one
 * it may serve.
 */
export function initialCategories(
  windowConsole: Pick<ConsoleLike, 'categoryCodes' | 'allowedCategoryCodes'>,
): string[] {
  return windowConsole.categoryCodes.length > 0
    ? [...windowConsole.categoryCodes]
    : [...windowConsole.allowedCategoryCodes];
}

/** Ticks or unticks one category, keeping the window's own order. */
export function toggleCategory(
  chosen: readonly string[],
  code: string,
  order: readonly string[],
): string[] {
  const next = chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code];
  return order.filter((c) => next.includes(c));
}
