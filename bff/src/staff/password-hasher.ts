import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** scrypt's cost: N = 2^logN, block size r, parallelism p. */
export interface ScryptParams {
  logN: number;
  r: number;
  p: number;
}

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/**
 * `scrypt$ln=17,r=8,p=1$<salt>$<hash>` (salt and hash base64url): the string names its own
 * algorithm and parameters, so the parameters can be raised later without breaking old hashes.
 */
const FORMAT =
  /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{16,})$/;
/** What a stored hash may ask for: beyond this a tampered row could make one login cost seconds. */
const LIMITS = { logN: 20, r: 16, p: 4 };

function scryptAsync(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** params.logN,
    r: params.r,
    p: params.p,
    // scrypt needs about 128·N·r bytes; Node's default cap (32 MiB) is below N = 2^17.
    maxmem: 256 * 2 ** params.logN * params.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
  const match = FORMAT.exec(stored);
  if (!match) return null;
  const params = { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (
    params.logN < 1 ||
    params.logN > LIMITS.logN ||
    params.r < 1 ||
    params.r > LIMITS.r ||
    params.p < 1 ||
    params.p > LIMITS.p
  ) {
    return null;
  }
  const salt = Buffer.from(match[4] as string, 'base64url');
  const hash = Buffer.from(match[5] as string, 'base64url');
  if (hash.length !== KEY_BYTES) return null;
  return { params, salt, hash };
}

/**
 * Staff password hashes with node:crypto's scrypt (memory-hard; no native dependency): a fresh
 * random salt per hash, the parameters stored with it, constant-time comparison. Hashing runs on
 * libuv's thread pool, not on the event loop.
 */
@Injectable()
export class PasswordHasher {
  readonly params: ScryptParams;
  private dummy: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'STAFF_PASSWORD_SCRYPT_LOG_N'>) {
    this.params = { logN: config.STAFF_PASSWORD_SCRYPT_LOG_N, r: 8, p: 1 };
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await scryptAsync(password, salt, this.params);
    const { logN, r, p } = this.params;
    return `scrypt$ln=${logN},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /** Whether `password` matches `stored`; false (never an exception) for a malformed hash. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const key = await scryptAsync(password, parsed.salt, parsed.params);
    return timingSafeEqual(key, parsed.hash);
  }

  /**
   * Spends the time of one verification against a hash with the current parameters, for a login
   * with an unknown username: the answer then takes as long as a wrong password.
   */
  async verifyDummy(password: string): Promise<void> {
    this.dummy ??= this.hash(randomBytes(24).toString('base64url'));
    await this.verify(password, await this.dummy);
  }

  /** Whether `stored` is a hash this class can check (not, e.g., the mark of a demo account). */
  isWellFormed(stored: string): boolean {
    return parse(stored) !== null;
  }

  /** Whether a stored hash was made with other (older, weaker) parameters than today's. */
  needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    if (!parsed) return true;
    const { logN, r, p } = parsed.params;
    return logN !== this.params.logN || r !== this.params.r || p !== this.params.p;
  }
}
