import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppError } from '../common/errors/app.error';
import { RATE_LIMITER, type RateLimiter } from '../common/rate-limit/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export type AuthAction = 'login' | 'refresh' | 'demo' | 'staff-login';

const WINDOW_MS = 60_000;

/**
 * Limits logins, refreshes, demo logins and staff logins per minute, per IP address and per
 * subject (the login code, the refresh token, the demo persona or the staff username). Subjects are hashed: no token reaches Redis.
 */
@Injectable()
export class AuthRateLimitService {
  private readonly logger = new Logger('AuthRateLimit');

  constructor(
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws RATE_LIMITED when this attempt is over either limit. */
  async check(action: AuthAction, ip: string, subject: string): Promise<void> {
    const subjectKey = createHash('sha256').update(subject).digest('hex').slice(0, 32);
    let results;
    try {
      results = await Promise.all([
        this.limiter.hit(`auth:${action}:ip:${ip}`, this.config.AUTH_RATE_LIMIT_PER_IP, WINDOW_MS),
        this.limiter.hit(
          `auth:${action}:subject:${subjectKey}`,
          this.config.AUTH_RATE_LIMIT_PER_SUBJECT,
          WINDOW_MS,
        ),
      ]);
    } catch (error) {
      // A Redis outage must not lock every citizen out: let the attempt through and say so.
      this.logger.warn(`rate limiter unavailable, not limiting: ${(error as Error).message}`);
      return;
    }
    const refused = results.filter((result) => !result.allowed);
    if (refused.length > 0) {
      const retryAfterSeconds = Math.ceil(Math.max(...refused.map((r) => r.resetInMs)) / 1000);
      throw new AppError('RATE_LIMITED', undefined, { retryAfterSeconds });
    }
  }
}
