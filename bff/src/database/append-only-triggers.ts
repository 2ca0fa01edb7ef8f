import type { QueryRunner } from 'typeorm';

const OPERATIONS = ['UPDATE', 'DELETE'] as const;

function triggerName(table: string, operation: (typeof OPERATIONS)[number]): string {
  return `${table}_no_${operation.toLowerCase()}`;
}

/**
 * Makes a table append-only in the database itself: triggers that fail every UPDATE and DELETE
 * (SQLite: RAISE(ABORT); MySQL/MariaDB: SIGNAL SQLSTATE '45000'), whoever sends them. Audit
 * tables use it so that no code path, bug or hand-typed SQL of the application can rewrite
 * history. (It does not stop a database administrator: TRUNCATE and DROP TRIGGER need privileges
 * the application's account should not have in production.)
 *
 * On SQLite, a later migration that alters such a table through TypeORM's schema builder
 * recreates the table and loses the triggers: create them again after such a change.
 */
export async function createAppendOnlyTriggers(runner: QueryRunner, table: string): Promise<void> {
  const mysql = runner.connection.options.type === 'mysql';
  for (const operation of OPERATIONS) {
    const name = triggerName(table, operation);
    const message = `${table} is append-only: ${operation} is not allowed`;
    await runner.query(
      mysql
        ? `CREATE TRIGGER \`${name}\` BEFORE ${operation} ON \`${table}\` FOR EACH ROW ` +
            `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${message}'`
        : `CREATE TRIGGER "${name}" BEFORE ${operation} ON "${table}" ` +
            `BEGIN SELECT RAISE(ABORT, '${message}'); END`,
    );
  }
}

export async function dropAppendOnlyTriggers(runner: QueryRunner, table: string): Promise<void> {
  const mysql = runner.connection.options.type === 'mysql';
  for (const operation of OPERATIONS) {
    const name = triggerName(table, operation);
    await runner.query(
      mysql ? `DROP TRIGGER IF EXISTS \`${name}\`` : `DROP TRIGGER IF EXISTS "${name}"`,
    );
  }
}
