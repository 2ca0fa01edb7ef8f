import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { createConnection, createPool, type Pool } from 'mysql2/promise';

/**
 * The services every multi-instance test needs: MariaDB/MySQL (always, also in the SQLite pass
 * of CI: several BFF processes cannot share an SQLite file) and Redis (pub/sub between the
 * instances). Redis is TEST_REDIS_URL, as for every Redis test of the repo: without it these
 * tests are skipped with a loud warning — except with CI=true, where they fail.
 */
export const REDIS_URL = process.env.TEST_REDIS_URL;
const CI = process.env.CI === 'true';

/** The MariaDB server: TEST_DATABASE_URL when it is a MySQL URL, else root on 127.0.0.1:3306. */
const DATABASE_SERVER = /^(mysql|mariadb):/.test(process.env.TEST_DATABASE_URL ?? '')
  ? (process.env.TEST_DATABASE_URL as string)
  : 'mysql://root@127.0.0.1:3306/test';

/**
 * `describe` when the tests can run (TEST_REDIS_URL set, or CI where a missing service must fail
 * them), else `describe.skip` after a warning that says what is missing.
 */
export function describeMultiInstance(name: string, body: () => void): void {
  if (REDIS_URL || CI) {
    describe(name, body);
    return;
  }
  // Straight to stderr: jest does not show console output of a suite whose tests all skip.
  process.stderr.write(
    `\n⚠️  SKIPPING "${name}": the multi-instance tests need Redis (TEST_REDIS_URL=redis://127.0.0.1:6379) and MariaDB (${redacted(DATABASE_SERVER)}).\n`,
  );
  describe.skip(name, body);
}

/** Throws a clear sentence when Redis is not configured or not reachable. */
export async function requireRedis(): Promise<string> {
  if (!REDIS_URL) {
    throw new Error('TEST_REDIS_URL is not set: the multi-instance tests need Redis (CI=true).');
  }
  const url = new URL(REDIS_URL);
  await reachable('Redis', url.hostname, Number(url.port || 6379));
  return REDIS_URL;
}

export interface FreshDatabase {
  /** mysql://…/<fresh name>, for DATABASE_URL. */
  url: string;
  /** A small pool on it, for reading the tables behind the API. */
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A new, empty database on the MariaDB server (named `<base>_mi_<random>`), dropped by drop(). */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const serverUrl = new URL(DATABASE_SERVER.replace(/^mariadb:/, 'mysql:'));
  await reachable('MariaDB', serverUrl.hostname, Number(serverUrl.port || 3306));
  const base = serverUrl.pathname.replace(/^\//, '') || 'test';
  const name = `${base}_mi_${randomBytes(4).toString('hex')}`.slice(0, 60);
  const server = new URL(serverUrl);
  server.pathname = '/';
  const admin = await createConnection({ uri: server.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = createPool({ uri: url.toString(), connectionLimit: 4, timezone: 'Z' });
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end().catch(() => undefined);
      const connection = await createConnection({ uri: server.toString() });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

function redacted(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@');
}

function reachable(what: string, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, timeout: 2000 });
    const fail = (reason: string) => {
      socket.destroy();
      reject(
        new Error(
          `${what} is not reachable on ${host}:${port} (${reason}): the multi-instance tests need it.`,
        ),
      );
    };
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => fail('time-out'));
    socket.once('error', (error) => fail(error.message));
  });
}
