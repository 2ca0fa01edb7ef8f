import { loadConfig } from '../config/app-config';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { InMemoryRateLimiter } from '../common/rate-limit/in-memory-rate-limiter';
import { PhoneVerificationService } from './phone-verification.service';
import { FakeSmsSender } from './sms/fake-sms-sender';
import { FAKE_SMS_CODE } from './sms/sms-sender';

const PHONE = '13812345678';

function setup(env: Record<string, string> = {}) {
  const config = loadConfig({
    NODE_ENV: 'test',
    PII_ENCRYPTION_KEY: 'ab'.repeat(32),
    SESSION_SECRET: 'a-test-secret-of-at-least-32-characters',
    ...env,
  });
  const sender = new FakeSmsSender();
  const service = new PhoneVerificationService(
    sender,
    new InMemoryRateLimiter(),
    config,
    new PiiCipher(config),
  );
  return { sender, service };
}

function codeOf(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
}

describe('PhoneVerificationService', () => {
  it('sends the fixed fake code outside production and accepts it once', async () => {
    const { sender, service } = setup();
    await service.requestCode('user-1', PHONE);
    expect(sender.lastCodeFor(PHONE)).toBe(FAKE_SMS_CODE);
    expect(codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBeUndefined();
    expect(codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBe('SMS_CODE_INVALID');
  });

  it('sends random 6-digit codes in production', async () => {
    const { sender, service } = setup({ NODE_ENV: 'production' });
    const codes = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const phone = `1391234560${i}`;
      await service.requestCode('user-1', phone);
      codes.add(sender.lastCodeFor(phone) ?? '');
    }
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(1);
  });

  it('expires codes after SMS_CODE_TTL_SECONDS', async () => {
    const { service } = setup({ SMS_CODE_TTL_SECONDS: '60' });
    let now = 1_000_000;
    service.now = () => now;
    await service.requestCode('user-1', PHONE);
    now += 60_000;
    expect(codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBe('SMS_CODE_INVALID');
  });

  it('binds a code to the account that asked for it', async () => {
    const { service } = setup();
    await service.requestCode('user-1', PHONE);
    expect(codeOf(() => service.verify('user-2', PHONE, FAKE_SMS_CODE))).toBe('SMS_CODE_INVALID');
    expect(codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBeUndefined();
  });

  it('limits codes per phone with RATE_LIMITED', async () => {
    const { service } = setup();
    await service.requestCode('user-1', PHONE);
    await expect(service.requestCode('user-2', PHONE)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });
});
