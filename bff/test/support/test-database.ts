import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export interface TestDatabase {
  /** Environment for loadConfig: DATABASE_URL for MySQL, DATA_DIR for SQLite. */
  env: Record<string, string>;
  dialect: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new SQLite file in a temporary folder by default,
 * or a new database on the MySQL/MariaDB server of TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-test-'));
    return {
      env: { DATA_DIR: dir },
      dialect: 'sqlite',
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const url = new URL(serverUrl.replace(/^mariadb:/, 'mysql:'));
  const base = url.pathname.replace(/^\//, '') || 'test';
  const name = `${base}_${randomBytes(4).toString('hex')}`.slice(0, 60);
  // Connect to the server without choosing a database: the base one need not exist.
  const server = new URL(url);
  server.pathname = '/';
  const admin = await createConnection({ uri: server.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dialect: 'mysql',
    drop: async () => {
      const connection = await createConnection({ uri: server.toString() });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
