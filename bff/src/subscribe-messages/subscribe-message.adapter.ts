/** One WeChat subscribe message (订阅消息) to a mini-program user. */
export interface SubscribeMessage {
  /** The user's openid in this mini-program. */
  toOpenid: string;
  templateId: string;
  /** The mini-program page the message opens, with its query (`pages/x/index?id=…`). */
  page: string;
  /** The template's fields by key (`thing1`, `time2`, …), already cut to WeChat's limits. */
  data: Record<string, string>;
}

/** Sends subscribe messages (WeChat's `subscribeMessage.send`). */
export interface SubscribeMessageAdapter {
  /** Throws {@link SubscribeMessageError} when WeChat refuses the message or cannot be reached. */
  send(message: SubscribeMessage): Promise<void>;
}

export const SUBSCRIBE_MESSAGE_ADAPTER = Symbol('SUBSCRIBE_MESSAGE_ADAPTER');

/** What the sender should do about a refused message. */
export type SubscribeFailureKind =
  /** Busy, rate-limited, unreachable: the message did not go; try again later. */
  | 'TRANSIENT'
  /** 43101: the user has no subscription left for this template (refused or used up). */
  | 'NO_SUBSCRIPTION'
  /** Anything else (bad template, bad data, bad openid): trying again will not help. */
  | 'PERMANENT';

/** WeChat's errcodes that mean "try again later". */
const TRANSIENT_ERRCODES = new Set([-1, 45009, 45011]);

export function failureKindOf(errcode: number): SubscribeFailureKind {
  if (errcode === 43101) return 'NO_SUBSCRIPTION';
  return TRANSIENT_ERRCODES.has(errcode) ? 'TRANSIENT' : 'PERMANENT';
}

/**
 * WeChat refused a subscribe message (`errcode`, e.g. 43101 no subscription, 47003 bad data) or
 * did not answer (`errcode` -1). The message never contains the app secret or access token.
 */
export class SubscribeMessageError extends Error {
  override readonly name = 'SubscribeMessageError';
  readonly kind: SubscribeFailureKind;

  constructor(
    readonly errcode: number,
    message: string,
  ) {
    super(`WeChat subscribeMessage.send failed: ${errcode} ${message}`);
    this.kind = failureKindOf(errcode);
  }
}
