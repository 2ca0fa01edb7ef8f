import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Citizen accounts (by WeChat openid) and their sessions with rotating refresh tokens. */
export class UsersAndSessions1763900300000 implements MigrationInterface {
  name = 'UsersAndSessions1763900300000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    // A SHA-256 in hex: fixed width on MySQL; SQLite has no CHAR (its affinity is TEXT anyway).
    const hash = runner.connection.options.type === 'mysql' ? 'char' : 'varchar';
    await runner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'openid', type: 'varchar', length: '64' },
          { name: 'role', type: 'varchar', length: '16', default: "'CITIZEN'" },
          { name: 'care_mode', type: 'boolean', default: '0' },
          { name: 'created_at', ...ts },
          { name: 'last_login_at', ...ts },
        ],
        indices: [{ name: 'UQ_app_user_openid', columnNames: ['openid'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'refresh_token_hash', type: hash, length: '64' },
          { name: 'created_at', ...ts },
          { name: 'expires_at', ...ts },
          { name: 'revoked_at', ...ts, isNullable: true },
        ],
        indices: [
          {
            name: 'UQ_user_session_refresh_token_hash',
            columnNames: ['refresh_token_hash'],
            isUnique: true,
          },
          { name: 'IDX_user_session_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_user_session_user',
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'user_session_retired_token',
        columns: [
          { name: 'token_hash', type: hash, length: '64', isPrimary: true },
          { name: 'session_id', type: 'varchar', length: '36' },
          { name: 'retired_at', ...ts },
        ],
        indices: [{ name: 'IDX_user_session_retired_token_session', columnNames: ['session_id'] }],
        foreignKeys: [
          {
            name: 'FK_user_session_retired_token_session',
            columnNames: ['session_id'],
            referencedTableName: 'user_session',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('user_session_retired_token');
    await runner.dropTable('user_session');
    await runner.dropTable('app_user');
  }
}
