import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { longTextType, timestampType } from '../column-types';

/**
 * The last good copy of the approval backend's catalogue, so the BFF serves guides after a
 * restart while the backend is down; the incremental-sync cursor; item view counts for 热门事项.
 */
export class CatalogueCache1763900000200 implements MigrationInterface {
  name = 'CatalogueCache1763900000200';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'catalogue_entry',
        columns: [
          { name: 'kind', type: 'varchar', length: '24', isPrimary: true },
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'payload', type: longTextType(runner) },
          { name: 'version', type: 'int' },
          { name: 'source_updated_at', ...ts },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'catalogue_sync_state',
        columns: [
          { name: 'kind', type: 'varchar', length: '24', isPrimary: true },
          { name: 'changed_since', type: 'varchar', length: '40', isNullable: true },
          { name: 'last_success_at', ...ts, isNullable: true },
          { name: 'last_attempt_at', ...ts, isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'service_item_view_stat',
        columns: [
          { name: 'item_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'views', type: 'int', default: 0 },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('service_item_view_stat');
    await runner.dropTable('catalogue_sync_state');
    await runner.dropTable('catalogue_entry');
  }
}
