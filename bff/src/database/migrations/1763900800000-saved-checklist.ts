import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Checklists saved on a citizen's account (我的 → 已存清单): one per account and subject. */
export class SavedChecklist1763900800000 implements MigrationInterface {
  name = 'SavedChecklist1763900800000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'saved_checklist',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'subject_kind', type: 'varchar', length: '8' },
          { name: 'subject_code', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'answers', type: 'text' },
          { name: 'held_codes', type: 'text' },
          { name: 'created_at', ...ts },
          { name: 'updated_at', ...ts },
        ],
        indices: [
          // One per account and subject (the upsert's key); also serves "the caller's own".
          {
            name: 'UQ_saved_checklist_user_subject',
            columnNames: ['user_id', 'subject_kind', 'subject_code'],
            isUnique: true,
          },
        ],
        foreignKeys: [
          {
            name: 'FK_saved_checklist_user',
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('saved_checklist');
  }
}
