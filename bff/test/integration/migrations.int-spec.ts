import { tmpdir } from 'node:os';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions, openDatabase } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { createTestDatabase } from '../support/test-database';

describe('migrations', () => {
  it('run up on an empty database, revert all the way down, and run up again', async () => {
    const database = await createTestDatabase();
    try {
      const config = loadConfig(database.env);
      const opened = await openDatabase(config);
      const tables = async (ds: DataSource): Promise<string[]> => {
        const runner = ds.createQueryRunner();
        try {
          const names: { name: string }[] = await runner.query(
            ds.options.type === 'mysql'
              ? 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
              : "SELECT name FROM sqlite_master WHERE type = 'table'",
          );
          return names.map((row) => row.name).sort();
        } finally {
          await runner.release();
        }
      };
      expect(await tables(opened)).toEqual(
        expect.arrayContaining([
          'service_point',
          'hall_zone',
          'business_category',
          'service_window',
          'catalogue_entry',
        ]),
      );
      for (let i = 0; i < MIGRATIONS.length; i += 1)
        await opened.undoLastMigration({ transaction: 'each' });
      const left = (await tables(opened)).filter(
        (name) => name !== 'migrations' && !name.startsWith('sqlite_'),
      );
      expect(left).toEqual([]);
      await opened.destroy();

      const again = await openDatabase(config);
      const [{ n }] = await again.query('SELECT COUNT(*) AS n FROM service_window');
      expect(Number(n)).toBe(132);
      await again.destroy();
    } finally {
      await database.drop();
    }
  });

  it('never lets TypeORM synchronize the schema', () => {
    const options = dataSourceOptions({ DATABASE_URL: undefined, DATA_DIR: tmpdir() });
    expect(options.synchronize).toBe(false);
    expect(options.migrationsRun).toBe(false);
  });
});
