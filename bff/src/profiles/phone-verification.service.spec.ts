import { loadConfig } from '../config/app-config';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { InMemoryRateLimiter } from '../common/rate-limit/in-memory-rate-limiter';
import { MAX_SMS_CODE_ATTEMPTS, PhoneVerificationService } from './phone-verification.service';
import { FakeSmsSender } from './sms/fake-sms-sender';
import { InMemorySmsCodeStore } from './sms/sms-code-store';
import { FAKE_SMS_CODE } from './sms/sms-sender';

const PHONE = '13812345678';

function setup(env: Record<string, string> = {}, clock: { now: number } = { now: 1_000_000 }) {
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
    new InMemorySmsCodeStore(() => clock.now),
  );
  return { sender, service };
}

async function codeOf(action: () => Promise<void>): Promise<string | undefined> {
  try {
    await action();
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
    expect(await codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBeUndefined();
    expect(await codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBe(
      'SMS_CODE_INVALID',
    );
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
    const clock = { now: 1_000_000 };
    const { service } = setup({ SMS_CODE_TTL_SECONDS: '60' }, clock);
    const other = '13912345678';
    await service.requestCode('user-1', PHONE);
    await service.requestCode('user-1', other);
    clock.now += 59_000;
    expect(await codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBeUndefined();
    clock.now += 1_000;
    expect(await codeOf(() => service.verify('user-1', other, FAKE_SMS_CODE))).toBe(
      'SMS_CODE_INVALID',
    );
  });

  it('binds a code to the account that asked for it', async () => {
    const { service } = setup();
    await service.requestCode('user-1', PHONE);
    expect(await codeOf(() => service.verify('user-2', PHONE, FAKE_SMS_CODE))).toBe(
      'SMS_CODE_INVALID',
    );
    expect(await codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBeUndefined();
  });

  it('limits codes per phone with RATE_LIMITED', async () => {
    const { service } = setup();
    await service.requestCode('user-1', PHONE);
    await expect(service.requestCode('user-2', PHONE)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it('stops accepting a code after MAX_SMS_CODE_ATTEMPTS wrong tries', async () => {
    const { service } = setup();
    await service.requestCode('user-1', PHONE);
    for (let i = 0; i < MAX_SMS_CODE_ATTEMPTS; i += 1) {
      expect(await codeOf(() => service.verify('user-1', PHONE, '000000'))).toBe(
        'SMS_CODE_INVALID',
      );
    }
    expect(await codeOf(() => service.verify('user-1', PHONE, FAKE_SMS_CODE))).toBe(
      'SMS_CODE_INVALID',
    );
  });
});
