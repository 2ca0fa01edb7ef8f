import { Redis } from 'ioredis';
import { RedisSmsCodeStore } from '../../src/profiles/sms/sms-code-store';
import { codeOf, gql, idNumber, wechatToken } from '../support/identity-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

/**
 * Pending SMS codes in Redis: a code sent through one BFF instance is confirmed through another,
 * accepted once, and wrong tries are counted across instances.
 */
const url = process.env.TEST_REDIS_URL;
const describeIfRedis = url ? describe : describe.skip;

describeIfRedis('RedisSmsCodeStore against a real Redis', () => {
  let first: Redis;
  let second: Redis;
  const prefix = `shizhong-test:sms:${process.pid}:${Date.now()}:`;

  beforeAll(() => {
    first = new Redis(url ?? '');
    second = new Redis(url ?? '');
  });

  afterAll(async () => {
    const keys = await first.keys(`${prefix}*`);
    if (keys.length > 0) await first.del(...keys);
    await first.quit();
    await second.quit();
  });

  it('accepts a code saved by one instance on another, once', async () => {
    const a = new RedisSmsCodeStore(first, prefix);
    const b = new RedisSmsCodeStore(second, prefix);
    await a.save('user-1:phone', 'hash-of-code', 60_000, 5);
    await expect(b.check('user-1:phone', 'hash-of-code')).resolves.toBe('ACCEPTED');
    await expect(a.check('user-1:phone', 'hash-of-code')).resolves.toBe('MISSING');
  });

  it('accepts a code only once when two instances check it at the same time', async () => {
    const stores = [new RedisSmsCodeStore(first, prefix), new RedisSmsCodeStore(second, prefix)];
    await stores[0].save('user-2:phone', 'hash', 60_000, 5);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => stores[i % 2].check('user-2:phone', 'hash')),
    );
    expect(results.filter((result) => result === 'ACCEPTED')).toHaveLength(1);
  });

  it('counts wrong tries across instances and drops the code after the last one', async () => {
    const a = new RedisSmsCodeStore(first, prefix);
    const b = new RedisSmsCodeStore(second, prefix);
    await a.save('user-3:phone', 'right', 60_000, 3);
    await expect(a.check('user-3:phone', 'wrong')).resolves.toBe('WRONG');
    await expect(b.check('user-3:phone', 'wrong')).resolves.toBe('WRONG');
    await expect(a.check('user-3:phone', 'wrong')).resolves.toBe('WRONG');
    await expect(b.check('user-3:phone', 'right')).resolves.toBe('MISSING');
  });

  it('gives every pending code the expiry it was saved with, and a new code replaces the old', async () => {
    const store = new RedisSmsCodeStore(first, prefix);
    await store.save('user-4:phone', 'old', 300_000, 5);
    await store.save('user-4:phone', 'new', 120_000, 5);
    const ttl = await first.pttl(`${prefix}user-4:phone`);
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    await expect(store.check('user-4:phone', 'old')).resolves.toBe('WRONG');
    await expect(store.check('user-4:phone', 'new')).resolves.toBe('ACCEPTED');
  });

  describe('two app instances with REDIS_URL', () => {
    let database: TestDatabase;
    let apps: TestApp[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      const env = { REDIS_URL: url ?? '' };
      apps = [await startTestApp({ database, env }), await startTestApp({ database, env })];
    });

    afterAll(async () => {
      for (const app of apps) await app.stop();
      await database?.drop();
    });

    it('confirms on instance 2 the phone code sent through instance 1', async () => {
      const [one, two] = apps as [TestApp, TestApp];
      const token = await wechatToken(one, `wx-sms-${process.pid}-${Date.now()}`);
      const submitted = await gql(
        one,
        'mutation ($input: RealNameInput!) { submitRealName(input: $input) { id } }',
        { input: { name: '林晓雨', idNumber: idNumber('19900312', '128') } },
        token,
      );
      expect(submitted.errors).toBeUndefined();
      const phone = '13612345678';
      const sent = await gql(
        one,
        'mutation ($p: String!) { requestPhoneCode(phone: $p) }',
        { p: phone },
        token,
      );
      expect(sent.errors).toBeUndefined();

      const verify =
        'mutation ($p: String!, $c: String!) { verifyPhone(phone: $p, code: $c) { profile { maskedPhone } } }';
      const confirmed = await gql<{ verifyPhone: { profile: { maskedPhone: string } } }>(
        two,
        verify,
        { p: phone, c: '246810' },
        token,
      );
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.verifyPhone.profile.maskedPhone).toBe('136****5678');
      // Used up on every instance.
      expect(codeOf(await gql(one, verify, { p: phone, c: '246810' }, token))).toBe(
        'SMS_CODE_INVALID',
      );
    });
  });
});
