import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

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
    if (env.NODE_ENV !== 'production') return;
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
