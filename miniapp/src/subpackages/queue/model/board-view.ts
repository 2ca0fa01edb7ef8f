import { queueStrings as s } from '../strings';
import type { BoardCallLike, BoardLike } from './types';

export interface BoardCallView {
  key: string;
  number: string;
  window: string;
  zoneName: string;
  /** 请 A007 号到 12 号窗口 */
  spoken: string;
}

export interface BoardView {
  latest: BoardCallView | null;
  earlier: BoardCallView[];
  waiting: { code: string; name: string; count: number; paused: boolean; label: string }[];
}

function callView(call: BoardCallLike): BoardCallView {
  const window = s.boardWindow(call.windowNumber);
  return {
    key: `${call.number}@${call.calledAt}`,
    number: call.number,
    window,
    zoneName: call.zoneName,
    spoken: s.boardCall(call.number, window),
  };
}

/** The board: the newest call big, the earlier ones below, the waiting count per category. */
export function boardView(board: BoardLike): BoardView {
  const calls = board.calls.map(callView);
  return {
    latest: calls[0] ?? null,
    earlier: calls.slice(1),
    waiting: board.waiting.map((category) => ({
      code: category.code,
      name: category.name,
      count: category.waitingCount,
      paused: category.paused,
      label: `${s.boardWaitingRow(category.code, category.name, category.waitingCount)}${category.paused ? `，${s.boardPaused}` : ''}`,
    })),
  };
}

/**
 * When to ask for the door QR code again: a second after the BFF's next code (`refreshSeconds`
 * is the time until then; the shown code stays accepted for one more period, so this is never
 * late), never more often than every 5 s. The device's clock is not used: it need not agree
 * with the BFF's.
 */
export function doorQrRefreshMs(refreshSeconds: number): number {
  return Math.max(5, Number.isFinite(refreshSeconds) ? refreshSeconds + 1 : 0) * 1000;
}
