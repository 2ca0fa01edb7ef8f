import type { QueryRunner } from 'typeorm';

/** A text column large enough for a whole service guide as JSON (TEXT on SQLite, MEDIUMTEXT on MySQL). */
export function longTextType(runner: QueryRunner): string {
  return runner.connection.options.type === 'mysql' ? 'mediumtext' : 'text';
}

/** A timestamp with millisecond precision, stored as UTC. */
export function timestampType(runner: QueryRunner): { type: string; precision?: number } {
  return runner.connection.options.type === 'mysql'
    ? { type: 'datetime', precision: 3 }
    : { type: 'datetime' };
}
