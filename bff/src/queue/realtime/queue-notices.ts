import type { PlannedOutboxMessage } from '../../outbox/outbox.service';
import type { SubscribePurpose } from '../../subscribe-messages/subscribe-templates';

/** The outbox topic of the queue's subscribe messages. */
export const QUEUE_NOTICE_TOPIC = 'QUEUE_NOTICE';

/** 前面还有3人 (ALMOST_TURN: `ahead` ≤ ALMOST_TURN_AHEAD) and 请到N号窗口 (CALLED). */
export type QueueNoticeKind = 'ALMOST_TURN' | 'CALLED';

/** A ticket with this many or fewer ahead of it is told to come back. */
export const ALMOST_TURN_AHEAD = 3;

export interface QueueNoticePayload {
  ticketId: string;
  kind: QueueNoticeKind;
}

export const QUEUE_NOTICE_PURPOSE: Record<QueueNoticeKind, SubscribePurpose> = {
  ALMOST_TURN: 'QUEUE_ALMOST_TURN',
  CALLED: 'QUEUE_CALLED',
};

/** How long a notice is worth sending: a call is stale after 15 minutes, a position after 60. */
const VALID_MS: Record<QueueNoticeKind, number> = {
  ALMOST_TURN: 60 * 60_000,
  CALLED: 15 * 60_000,
};

/** One notice per ticket and kind, whatever the instances: the outbox's unique key. */
export function queueNoticeDedupeKey(ticketId: string, kind: QueueNoticeKind): string {
  return `queue-notice:${ticketId}:${kind}`;
}

export function queueNoticeMessage(
  ticketId: string,
  kind: QueueNoticeKind,
  now: Date,
): PlannedOutboxMessage {
  return {
    topic: QUEUE_NOTICE_TOPIC,
    dedupeKey: queueNoticeDedupeKey(ticketId, kind),
    payload: { ticketId, kind } satisfies QueueNoticePayload,
    dueAt: now,
    expiresAt: new Date(now.getTime() + VALID_MS[kind]),
  };
}

/** The mini-program page a notice opens: 我的排队 with that ticket. */
export const QUEUE_TICKET_PAGE = 'subpackages/queue/pages/ticket/index';

export function queueNoticePage(ticketId: string): string {
  return `${QUEUE_TICKET_PAGE}?id=${encodeURIComponent(ticketId)}`;
}

/** WeChat's limits on template values: `thing` 20 characters, `character_string` 32. */
function cut(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

export interface QueueNoticeContent {
  number: string;
  categoryName: string;
  hallName: string;
  zoneName: string | null;
  /** ALMOST_TURN: tickets ahead. */
  ahead: number | null;
  /** CALLED: e.g. 12号窗口. */
  windowLabel: string | null;
}

/**
 * The data of a notice. The templates chosen in the WeChat console must have these fields —
 * 排队进度提醒: character_string1 排队号码, thing2 办理业务, number3 前面等待, thing4 办理地点,
 * thing5 温馨提示; 叫号提醒: character_string1 排队号码, thing2 办理业务, thing3 办理窗口,
 * thing4 温馨提示.
 */
export function queueNoticeData(
  kind: QueueNoticeKind,
  content: QueueNoticeContent,
): Record<string, string> {
  switch (kind) {
    case 'ALMOST_TURN': {
      const ahead = content.ahead ?? 0;
      const place = content.zoneName ? `${content.hallName} ${content.zoneName}` : content.hallName;
      return {
        character_string1: cut(content.number, 32),
        thing2: cut(content.categoryName, 20),
        number3: String(ahead),
        thing4: cut(place, 20),
        thing5:
          ahead === 0
            ? '下一个就是您，请回到大厅等候叫号'
            : `前面还有${ahead}人，请回到大厅等候叫号`,
      };
    }
    case 'CALLED': {
      const window = content.windowLabel ?? '窗口';
      return {
        character_string1: cut(content.number, 32),
        thing2: cut(content.categoryName, 20),
        thing3: cut(window, 20),
        thing4: cut(`请到${window}办理`, 20),
      };
    }
  }
}
