import type { SmsSender } from './sms-sender';

const MAX_PHONES = 10_000;

/**
 * Sends nothing: keeps the last code per phone in memory (for tests) and logs nothing personal.
 * Outside production the codes it is given are always FAKE_SMS_CODE (see PhoneVerificationService).
 */
export class FakeSmsSender implements SmsSender {
  private readonly lastCodes = new Map<string, string>();

  sendVerificationCode(phone: string, code: string): Promise<void> {
    if (this.lastCodes.size >= MAX_PHONES) this.lastCodes.clear();
    this.lastCodes.set(phone, code);
    return Promise.resolve();
  }

  /** The last code "sent" to a phone (11 digits), for tests. */
  lastCodeFor(phone: string): string | undefined {
    return this.lastCodes.get(phone);
  }
}
