import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, randomInt } from 'node:crypto';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { RATE_LIMITER, type RateLimiter } from '../common/rate-limit/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SMS_CODE_STORE, type SmsCodeStore } from './sms/sms-code-store';
import { FAKE_SMS_CODE, SMS_SENDER, type SmsSender } from './sms/sms-sender';

const HOUR_MS = 60 * 60_000;
/** Wrong codes allowed before a code stops working. */
export const MAX_SMS_CODE_ATTEMPTS = 5;
/** Codes per hour for one account, whatever the phone numbers. */
const CODES_PER_USER_PER_HOUR = 10;

/**
 * SMS verification codes for confirming a phone number: 6 digits, valid SMS_CODE_TTL_SECONDS,
 * MAX_SMS_CODE_ATTEMPTS tries, bound to the account and the phone, stored only as an HMAC in the
 * SmsCodeStore (Redis when REDIS_URL is set, so any instance can confirm a code another sent).
 */
@Injectable()
export class PhoneVerificationService {
  private readonly logger = new Logger('PhoneVerification');

  constructor(
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PiiCipher,
    @Inject(SMS_CODE_STORE) private readonly store: SmsCodeStore,
  ) {}

  /** Sends a new code to `phone` (11 digits) for this account, replacing any earlier one. */
  async requestCode(userId: string, phone: string): Promise<void> {
    const phoneHash = this.cipher.blindIndex('phone', phone);
    await this.checkRateLimits(userId, phoneHash);
    const code =
      this.config.NODE_ENV === 'production'
        ? String(randomInt(0, 1_000_000)).padStart(6, '0')
        : FAKE_SMS_CODE;
    await this.store.save(
      this.key(userId, phoneHash),
      this.hashCode(userId, phoneHash, code),
      this.config.SMS_CODE_TTL_SECONDS * 1000,
      MAX_SMS_CODE_ATTEMPTS,
    );
    await this.sender.sendVerificationCode(phone, code);
  }

  /** Accepts the code once; SMS_CODE_INVALID when wrong, expired, used up or never sent. */
  async verify(userId: string, phone: string, code: string): Promise<void> {
    const phoneHash = this.cipher.blindIndex('phone', phone);
    const result = await this.store.check(
      this.key(userId, phoneHash),
      this.hashCode(userId, phoneHash, code.trim()),
    );
    if (result !== 'ACCEPTED') throw new AppError('SMS_CODE_INVALID');
  }
  private async checkRateLimits(userId: string, phoneHash: string): Promise<void> {
    let results;
    try {
      results = await Promise.all([
        this.limiter.hit(
          `sms:phone-min:${phoneHash.slice(0, 32)}`,
          1,
          this.config.SMS_MIN_INTERVAL_SECONDS * 1000,
        ),
        this.limiter.hit(
          `sms:phone-hour:${phoneHash.slice(0, 32)}`,
          this.config.SMS_RATE_LIMIT_PER_PHONE_PER_HOUR,
          HOUR_MS,
        ),
        this.limiter.hit(`sms:user-hour:${userId}`, CODES_PER_USER_PER_HOUR, HOUR_MS),
      ]);
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, not limiting: ${(error as Error).message}`);
      return;
    }
    const refused = results.filter((result) => !result.allowed);
    if (refused.length > 0) {
      const retryAfterSeconds = Math.ceil(Math.max(...refused.map((r) => r.resetInMs)) / 1000);
      throw new AppError('RATE_LIMITED', '验证码发送过于频繁，请稍后再试', { retryAfterSeconds });
    }
  }

  private key(userId: string, phoneHash: string): string {
    return `${userId}:${phoneHash}`;
  }

  private hashCode(userId: string, phoneHash: string, code: string): string {
    return createHmac('sha256', this.config.SESSION_SECRET)
      .update(`sms-code\u0000${userId}\u0000${phoneHash}\u0000${code}`)
      .digest('hex');
  }
}
