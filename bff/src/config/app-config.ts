import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import {
  STAFF_PASSWORD_RULE_EN,
  STAFF_USERNAME_PATTERN,
  STAFF_USERNAME_RULE_EN,
  staffPasswordProblem,
} from '../staff/staff-credentials-policy';

const DEVELOPMENT_PII_KEY = '00'.repeat(32);
/** Signs access tokens outside production only; production must set SESSION_SECRET. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-not-for-production';

const port = z.coerce
  .number({ error: 'must be a whole number between 0 and 65535' })
  .int('must be a whole number between 0 and 65535')
  .min(0, 'must be a whole number between 0 and 65535')
  .max(65535, 'must be a whole number between 0 and 65535');

const positiveInt = z.coerce.number().int().positive();

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(
        /^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_]+/,
        'must look like mysql://user:password@host:3306/database',
      )
      .optional(),
    DATA_DIR: z.string().min(1).default('data'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis://')
      .optional(),
    APPROVAL_BASE_URL: z.url({ error: 'must be an http(s) URL' }).default('http://127.0.0.1:4100'),
    APPROVAL_TIMEOUT_MS: positiveInt.default(3000),
    CATALOGUE_SYNC_INTERVAL_MS: positiveInt.default(5 * 60_000),
    CATALOGUE_MAX_AGE_SECONDS: positiveInt.default(30 * 60),
    H5_DIST_DIR: z.string().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    PII_ENCRYPTION_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (a 256-bit key)')
      .optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    WECHAT_MODE: z.enum(['fake', 'http']).default('fake'),
    WECHAT_APP_ID: z.string().min(1).optional(),
    WECHAT_APP_SECRET: z.string().min(1).optional(),
    WECHAT_API_BASE_URL: z
      .url({ error: 'must be an http(s) URL' })
      .default('https://api.weixin.qq.com'),
    WECHAT_TIMEOUT_MS: positiveInt.default(3000),
    /**
     * Subscribe-message templates of the appointment reminders (the day before at 18:00, one hour
     * before), as chosen in the mini-program's WeChat console. Unset with WECHAT_MODE=fake: fake
     * ids; unset with WECHAT_MODE=http: no reminders are asked for or sent.
     */
    WECHAT_TEMPLATE_APPOINTMENT_DAY_BEFORE: z.string().min(1).max(64).optional(),
    WECHAT_TEMPLATE_APPOINTMENT_HOUR_BEFORE: z.string().min(1).max(64).optional(),
    /** Which version of the mini-program a subscribe message opens (formal = the released one). */
    WECHAT_MESSAGE_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
    /** How often the outbox worker looks for due messages (reminders); 0 = never (tests). */
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(5_000),
    /** How often booked appointments past their slot are marked as no-shows; 0 = never (tests). */
    NO_SHOW_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
    /** Logins, refreshes and demo logins per minute from one IP address (a hall's Wi-Fi is one IP). */
    AUTH_RATE_LIMIT_PER_IP: positiveInt.default(60),
    /** Logins, refreshes and demo logins per minute for one code, refresh token or persona. */
    AUTH_RATE_LIMIT_PER_SUBJECT: positiveInt.default(10),
    /** How SMS verification codes are sent: `fake` keeps them in memory (246810 outside production). */
    SMS_MODE: z.enum(['fake']).default('fake'),
    /** How long an SMS verification code is valid. */
    SMS_CODE_TTL_SECONDS: positiveInt.default(5 * 60),
    /** Verification codes per hour for one phone number. */
    SMS_RATE_LIMIT_PER_PHONE_PER_HOUR: positiveInt.default(5),
    /** Seconds a phone number must wait before the next verification code. */
    SMS_MIN_INTERVAL_SECONDS: positiveInt.default(60),
    /**
     * Family members one account may add per day. A member's status (待对方确认 / 无需确认) tells
     * whether an ID number has an account: this bounds how many numbers anyone can try.
     */
    FAMILY_ADD_RATE_LIMIT_PER_DAY: positiveInt.default(30),
    /** Wrong staff passwords in a row that lock the account. */
    STAFF_LOGIN_MAX_FAILURES: positiveInt.default(5),
    /** Minutes a staff account stays locked after STAFF_LOGIN_MAX_FAILURES wrong passwords. */
    STAFF_LOCKOUT_MINUTES: positiveInt.default(15),
    /**
     * scrypt cost of new staff password hashes, as log2(N) with r=8, p=1 (17 is OWASP's minimum).
     * Hashes carry their parameters: raise it and older hashes are upgraded at the next login.
     */
    STAFF_PASSWORD_SCRYPT_LOG_N: z.coerce
      .number({ error: 'must be a whole number between 10 and 20' })
      .int('must be a whole number between 10 and 20')
      .min(10, 'must be a whole number between 10 and 20')
      .max(20, 'must be a whole number between 10 and 20')
      .default(17),
    /** With BOOTSTRAP_ADMIN_PASSWORD: the first system admin, created at start-up if there is none. */
    BOOTSTRAP_ADMIN_USERNAME: z
      .string()
      .regex(STAFF_USERNAME_PATTERN, STAFF_USERNAME_RULE_EN)
      .transform((value) => value.toLowerCase())
      .optional(),
    BOOTSTRAP_ADMIN_PASSWORD: z.string().optional(),
    /** Whole personal values one staff member may reveal per hour (each one audited). */
    PII_REVEAL_LIMIT_PER_HOUR: positiveInt.default(120),
    /** Queue tickets: a remote take (远程取号) must be within this many metres of the hall. */
    QUEUE_REMOTE_MAX_METERS: positiveInt.default(2000),
    /** Queue tickets: the door QR code changes this often; a code is accepted for two periods. */
    QUEUE_DOOR_QR_PERIOD_SECONDS: z.coerce.number().int().min(30).max(86_400).default(300),
    /** Queue calling policy K: after K priority calls in a row a waiting normal ticket is called. */
    QUEUE_PRIORITY_BURST: z.coerce.number().int().min(0).max(100).default(3),
    /**
     * GraphQL subscriptions (WebSocket): how often each instance checks that the sessions of its
     * open connections are still open (logout, revoked, disabled account) and closes the others
     * with 4401; 0 = only when a subscription starts (tests).
     */
    REALTIME_SESSION_CHECK_MS: z.coerce.number().int().min(0).default(30_000),
    /**
     * Subscribe-message templates of the queue (前面还有3人, 请到N号窗口), as chosen in the WeChat
     * console; unset with WECHAT_MODE=fake: fake ids; unset with WECHAT_MODE=http: not sent.
     */
    WECHAT_TEMPLATE_QUEUE_ALMOST_TURN: z.string().min(1).max(64).optional(),
    WECHAT_TEMPLATE_QUEUE_CALLED: z.string().min(1).max(64).optional(),
    /**
     * 1 lets tests set the BFF clock (mutation setTestClock), e.g. to 2026-09-28 09:00 in
     * Shanghai; refused at start-up when NODE_ENV=production.
     */
    TEST_CLOCK_ALLOWED: z
      .enum(['0', '1'], { error: 'must be 0 or 1' })
      .default('0')
      .transform((value) => value === '1'),
  })
  .superRefine((env, ctx) => {
    if (env.WECHAT_MODE === 'http') {
      for (const key of ['WECHAT_APP_ID', 'WECHAT_APP_SECRET'] as const) {
        if (!env[key]) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'is required when WECHAT_MODE=http',
          });
        }
      }
    }
    if (Boolean(env.BOOTSTRAP_ADMIN_USERNAME) !== Boolean(env.BOOTSTRAP_ADMIN_PASSWORD)) {
      const missing = env.BOOTSTRAP_ADMIN_USERNAME
        ? 'BOOTSTRAP_ADMIN_PASSWORD'
        : 'BOOTSTRAP_ADMIN_USERNAME';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is required when the other BOOTSTRAP_ADMIN_* setting is set',
      });
    }
    if (env.BOOTSTRAP_ADMIN_PASSWORD && staffPasswordProblem(env.BOOTSTRAP_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOOTSTRAP_ADMIN_PASSWORD'],
        message: STAFF_PASSWORD_RULE_EN,
      });
    }
    if (env.NODE_ENV !== 'production') return;
    if (env.TEST_CLOCK_ALLOWED) {
      ctx.addIssue({
        code: 'custom',
        path: ['TEST_CLOCK_ALLOWED'],
        message: 'must not be set when NODE_ENV=production',
      });
    }
    if (env.STAFF_PASSWORD_SCRYPT_LOG_N < 17) {
      ctx.addIssue({
        code: 'custom',
        path: ['STAFF_PASSWORD_SCRYPT_LOG_N'],
        message: 'must be at least 17 when NODE_ENV=production',
      });
    }
    for (const key of ['PII_ENCRYPTION_KEY', 'SESSION_SECRET'] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required when NODE_ENV=production',
        });
      }
    }
  });

export type AppConfig = Readonly<
  Omit<z.infer<typeof configSchema>, 'PII_ENCRYPTION_KEY' | 'SESSION_SECRET'> & {
    /** Signs access tokens; a development secret outside production. */
    SESSION_SECRET: string;
    /** Absolute directory of the SQLite file and other local state. */
    DATA_DIR: string;
    PII_ENCRYPTION_KEY: string;
  }
>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses and validates the environment. Throws one ConfigError whose message names every bad
 * variable on one line, so start-up fails with a clear sentence instead of a stack trace.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.') || 'environment';
      const got =
        typeof present[key] === 'string' && !/KEY|SECRET|PASSWORD/.test(key)
          ? ` (got "${present[key]}")`
          : '';
      return `${key} ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  return Object.freeze({
    ...config,
    DATA_DIR: isAbsolute(config.DATA_DIR) ? config.DATA_DIR : resolve(cwd, config.DATA_DIR),
    PII_ENCRYPTION_KEY: config.PII_ENCRYPTION_KEY ?? DEVELOPMENT_PII_KEY,
    SESSION_SECRET: config.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
  });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
