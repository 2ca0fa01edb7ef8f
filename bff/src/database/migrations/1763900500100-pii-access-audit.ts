import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createAppendOnlyTriggers, dropAppendOnlyTriggers } from '../append-only-triggers';
import { timestampType } from '../column-types';

/**
 * The audit of staff revealing whole personal values (who, whose, which field, when, why).
 * Append-only: triggers make every UPDATE and DELETE fail, on SQLite and MySQL/MariaDB.
 */
export class PiiAccessAudit1763900500100 implements MigrationInterface {
  name = 'PiiAccessAudit1763900500100';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    // No foreign keys: the audit outlives the accounts it names (and a cascade would be a DELETE).
    await runner.createTable(
      new Table({
        name: 'pii_access_audit',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'staff_user_id', type: 'varchar', length: '36' },
          { name: 'staff_hall_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'subject_kind', type: 'varchar', length: '32' },
          { name: 'subject_id', type: 'varchar', length: '64' },
          { name: 'subject_hall_code', type: 'varchar', length: '32' },
          { name: 'subject_citizen_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'field', type: 'varchar', length: '16' },
          { name: 'reason', type: 'varchar', length: '200' },
          { name: 'created_at', ...ts },
        ],
        indices: [
          { name: 'IDX_pii_access_audit_created', columnNames: ['created_at'] },
          {
            name: 'IDX_pii_access_audit_hall_created',
            columnNames: ['subject_hall_code', 'created_at'],
          },
          {
            name: 'IDX_pii_access_audit_staff_created',
            columnNames: ['staff_user_id', 'created_at'],
          },
          { name: 'IDX_pii_access_audit_citizen', columnNames: ['subject_citizen_user_id'] },
        ],
      }),
    );
    await createAppendOnlyTriggers(runner, 'pii_access_audit');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAppendOnlyTriggers(runner, 'pii_access_audit');
    await runner.dropTable('pii_access_audit');
  }
}
