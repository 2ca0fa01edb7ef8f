import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Shared self-check checklists (不打回票打清单): read-only snapshots behind a random token. */
export class SharedChecklist1763900200000 implements MigrationInterface {
  name = 'SharedChecklist1763900200000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'shared_checklist',
        columns: [
          { name: 'token', type: 'varchar', length: '32', isPrimary: true },
          { name: 'subject_kind', type: 'varchar', length: '8' },
          { name: 'subject_code', type: 'varchar', length: '64' },
          { name: 'state', type: 'text' },
          { name: 'created_at', ...ts },
          { name: 'expires_at', ...ts },
        ],
      }),
    );
    await runner.createIndex(
      'shared_checklist',
      new TableIndex({ name: 'IDX_shared_checklist_expires_at', columnNames: ['expires_at'] }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('shared_checklist', 'IDX_shared_checklist_expires_at');
    await runner.dropTable('shared_checklist');
  }
}
