import type { Redis } from 'ioredis';

export const SMS_CODE_STORE = Symbol('SMS_CODE_STORE');

/** What checking a code against the pending one found. */
export type SmsCodeCheck = 'ACCEPTED' | 'WRONG' | 'MISSING';

/**
 * Pending SMS codes, stored only as HMACs: one per (account, phone), with an expiry and a number
 * of tries. A code is accepted once; each wrong try uses one up, the last one deletes it.
 */
export interface SmsCodeStore {
  save(key: string, codeHash: string, ttlMs: number, attempts: number): Promise<void>;
  check(key: string, codeHash: string): Promise<SmsCodeCheck>;
}

/** Codes in this process's memory: the default, for one instance. */
export class InMemorySmsCodeStore implements SmsCodeStore {
  private readonly pending = new Map<
    string,
    { codeHash: string; expiresAt: number; attemptsLeft: number }
  >();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxPending = 100_000,
  ) {}

  save(key: string, codeHash: string, ttlMs: number, attempts: number): Promise<void> {
    if (this.pending.size >= this.maxPending) this.evictExpired();
    this.pending.set(key, { codeHash, expiresAt: this.now() + ttlMs, attemptsLeft: attempts });
    return Promise.resolve();
  }

  check(key: string, codeHash: string): Promise<SmsCodeCheck> {
    const pending = this.pending.get(key);
    if (!pending || pending.expiresAt <= this.now() || pending.attemptsLeft <= 0) {
      this.pending.delete(key);
      return Promise.resolve('MISSING');
    }
    if (pending.codeHash !== codeHash) {
      pending.attemptsLeft -= 1;
      if (pending.attemptsLeft <= 0) this.pending.delete(key);
      return Promise.resolve('WRONG');
    }
    this.pending.delete(key);
    return Promise.resolve('ACCEPTED');
  }

  private evictExpired(): void {
    const now = this.now();
    for (const [key, pending] of this.pending) {
      if (pending.expiresAt <= now) this.pending.delete(key);
    }
    if (this.pending.size >= this.maxPending) this.pending.clear();
  }
}

/**
 * Check and consume in one step, so two instances can neither both accept a code nor lose a
 * wrong try. Comparing the HMACs in Lua is not constant-time, which leaks nothing useful: the
 * caller never sees or chooses the HMAC of their guess.
 */
const CHECK_SCRIPT = `
local hash = redis.call('HGET', KEYS[1], 'hash')
if not hash then return 0 end
if hash == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
local left = redis.call('HINCRBY', KEYS[1], 'attempts', -1)
if left <= 0 then redis.call('DEL', KEYS[1]) end
return -1
`;

/** Codes in Redis, so a code sent through one BFF instance can be confirmed through another. */
export class RedisSmsCodeStore implements SmsCodeStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'shizhong:sms:',
  ) {}

  async save(key: string, codeHash: string, ttlMs: number, attempts: number): Promise<void> {
    await this.redis
      .multi()
      .del(this.prefix + key)
      .hset(this.prefix + key, 'hash', codeHash, 'attempts', attempts)
      .pexpire(this.prefix + key, ttlMs)
      .exec();
  }

  async check(key: string, codeHash: string): Promise<SmsCodeCheck> {
    const result = Number(await this.redis.eval(CHECK_SCRIPT, 1, this.prefix + key, codeHash));
    return result === 1 ? 'ACCEPTED' : result === -1 ? 'WRONG' : 'MISSING';
  }
}
