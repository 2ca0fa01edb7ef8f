import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createAppendOnlyTriggers, dropAppendOnlyTriggers } from '../append-only-triggers';
import { timestampType } from '../column-types';

/**
 * Staff accounts: an app_user with a staff role (no WeChat openid, so openid becomes nullable)
 * plus its staff_account row (username, scrypt hash, hall, lockout state), its zones and windows,
 * and the append-only audit of staff administration.
 */
export class StaffAccounts1763900500000 implements MigrationInterface {
  name = 'StaffAccounts1763900500000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.changeColumn(
      'app_user',
      'openid',
      new TableColumn({ name: 'openid', type: 'varchar', length: '64', isNullable: true }),
    );
    await runner.createTable(
      new Table({
        name: 'staff_account',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '32' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'display_name', type: 'varchar', length: '64' },
          { name: 'hall_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'disabled', type: 'boolean', default: '0' },
          { name: 'failed_attempts', type: 'int', default: '0' },
          { name: 'locked_until', ...ts, isNullable: true },
          { name: 'password_changed_at', ...ts },
          { name: 'last_login_at', ...ts, isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', ...ts },
        ],
        indices: [
          { name: 'UQ_staff_account_username', columnNames: ['username'], isUnique: true },
          { name: 'IDX_staff_account_hall', columnNames: ['hall_code'] },
        ],
        foreignKeys: [
          {
            name: 'FK_staff_account_user',
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_staff_account_hall',
            columnNames: ['hall_code'],
            referencedTableName: 'service_point',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'staff_zone_assignment',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'zone_code', type: 'varchar', length: '32', isPrimary: true },
        ],
        foreignKeys: [
          {
            name: 'FK_staff_zone_assignment_user',
            columnNames: ['user_id'],
            referencedTableName: 'staff_account',
            referencedColumnNames: ['user_id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_staff_zone_assignment_zone',
            columnNames: ['zone_code'],
            referencedTableName: 'hall_zone',
            referencedColumnNames: ['code'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'staff_window_assignment',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'window_code', type: 'varchar', length: '40', isPrimary: true },
        ],
        indices: [{ name: 'IDX_staff_window_assignment_window', columnNames: ['window_code'] }],
        foreignKeys: [
          {
            name: 'FK_staff_window_assignment_user',
            columnNames: ['user_id'],
            referencedTableName: 'staff_account',
            referencedColumnNames: ['user_id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_staff_window_assignment_window',
            columnNames: ['window_code'],
            referencedTableName: 'service_window',
            referencedColumnNames: ['code'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    // No foreign keys: the audit outlives the accounts it names (and a cascade would be a DELETE).
    await runner.createTable(
      new Table({
        name: 'staff_admin_audit',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'actor_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '32' },
          { name: 'target_user_id', type: 'varchar', length: '36' },
          { name: 'target_hall_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'detail', type: 'varchar', length: '2000' },
          { name: 'created_at', ...ts },
        ],
        indices: [
          { name: 'IDX_staff_admin_audit_created', columnNames: ['created_at'] },
          { name: 'IDX_staff_admin_audit_target', columnNames: ['target_user_id'] },
        ],
      }),
    );
    await createAppendOnlyTriggers(runner, 'staff_admin_audit');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAppendOnlyTriggers(runner, 'staff_admin_audit');
    await runner.dropTable('staff_admin_audit');
    await runner.dropTable('staff_window_assignment');
    await runner.dropTable('staff_zone_assignment');
    // Staff users have no openid: remove them (and their sessions: SQLite runs migrations with
    // foreign keys off, so no cascade does it) before openid is required again.
    const staffUsers = 'SELECT user_id FROM staff_account';
    await runner.query(
      `DELETE FROM user_session_retired_token WHERE session_id IN (SELECT id FROM user_session WHERE user_id IN (${staffUsers}))`,
    );
    await runner.query(`DELETE FROM user_session WHERE user_id IN (${staffUsers})`);
    await runner.query(`DELETE FROM app_user WHERE id IN (${staffUsers}) OR openid IS NULL`);
    await runner.dropTable('staff_account');
    await runner.changeColumn(
      'app_user',
      'openid',
      new TableColumn({ name: 'openid', type: 'varchar', length: '64', isNullable: false }),
    );
  }
}
