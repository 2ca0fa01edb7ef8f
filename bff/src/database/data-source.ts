import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DatabaseDialect = 'sqlite' | 'mysql';

/** TypeORM options: embedded SQLite by default, MySQL/MariaDB through mysql2 when DATABASE_URL is set. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>,
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (config.DATABASE_URL) {
    return {
      ...common,
      type: 'mysql',
      url: config.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      connectTimeout: 5000,
      extra: { connectionLimit: 20 },
    };
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: join(config.DATA_DIR, 'shizhong.sqlite'),
    enableWAL: true,
  };
}

export function dialectOf(dataSource: DataSource): DatabaseDialect {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb'
    ? 'mysql'
    : 'sqlite';
}

const MIGRATION_LOCK = 'shizhong_migrations';

/**
 * Opens the database and brings its schema up to date. On MySQL a named lock makes several
 * instances starting together run the migrations once, one after the other.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>,
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    if (dialectOf(dataSource) === 'mysql') {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.query('SELECT GET_LOCK(?, 60)', [MIGRATION_LOCK]);
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await runner.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
        await runner.release();
      }
    } else {
      await dataSource.runMigrations({ transaction: 'each' });
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
