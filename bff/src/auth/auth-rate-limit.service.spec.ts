import { AppError } from '../common/errors/app.error';
import { InMemoryRateLimiter } from '../common/rate-limit/in-memory-rate-limiter';
import type { RateLimiter } from '../common/rate-limit/rate-limiter';
import { loadConfig } from '../config/app-config';
import { AuthRateLimitService } from './auth-rate-limit.service';

const config = loadConfig({ AUTH_RATE_LIMIT_PER_IP: '5', AUTH_RATE_LIMIT_PER_SUBJECT: '2' });

describe('AuthRateLimitService', () => {
  it('refuses the attempt over the per-subject limit with RATE_LIMITED', async () => {
    const service = new AuthRateLimitService(new InMemoryRateLimiter(), config);
    await service.check('login', '10.0.0.1', 'code-1');
    await service.check('login', '10.0.0.1', 'code-1');
    const error = await service.check('login', '10.0.0.1', 'code-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RATE_LIMITED');
    // Another action has its own count.
    await expect(service.check('refresh', '10.0.0.1', 'code-1')).resolves.toBeUndefined();
  });

  it('refuses the attempt over the per-IP limit, whatever the subject', async () => {
    const service = new AuthRateLimitService(new InMemoryRateLimiter(), config);
    for (let i = 0; i < 5; i += 1) await service.check('demo', '10.0.0.2', `s${i}`);
    await expect(service.check('demo', '10.0.0.2', 's9')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    await expect(service.check('demo', '10.0.0.3', 's9')).resolves.toBeUndefined();
  });

  it('lets attempts through when the limiter itself fails (Redis down)', async () => {
    const broken: RateLimiter = { hit: () => Promise.reject(new Error('connection refused')) };
    const service = new AuthRateLimitService(broken, config);
    await expect(service.check('login', '10.0.0.1', 'code')).resolves.toBeUndefined();
  });
});
