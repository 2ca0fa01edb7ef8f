import type { SubscribeMessage, SubscribeMessageAdapter } from './subscribe-message.adapter';
import { SubscribeMessageError } from './subscribe-message.adapter';

export interface RecordedSubscribeMessage extends SubscribeMessage {
  sentAt: Date;
}

/**
 * Stands in for WeChat in development and tests (`WECHAT_MODE=fake`): keeps every message it
 * was asked to send, in order. Tests make the next sends fail with `failNext`.
 */
export class FakeSubscribeMessageAdapter implements SubscribeMessageAdapter {
  readonly sent: RecordedSubscribeMessage[] = [];
  private failures: number[] = [];

  send(message: SubscribeMessage): Promise<void> {
    const errcode = this.failures.shift();
    if (errcode !== undefined) {
      return Promise.reject(new SubscribeMessageError(errcode, 'fake failure'));
    }
    this.sent.push({ ...message, data: { ...message.data }, sentAt: new Date() });
    return Promise.resolve();
  }

  /** The next `count` sends fail with `errcode` (-1: system busy, a transient failure). */
  failNext(count = 1, errcode = -1): void {
    for (let i = 0; i < count; i += 1) this.failures.push(errcode);
  }

  clear(): void {
    this.sent.length = 0;
    this.failures = [];
  }
}
