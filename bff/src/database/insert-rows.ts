import type { QueryRunner } from 'typeorm';

type Row = Record<string, string | number | null>;

/**
 * Inserts plain rows with column names as in the table, in chunks, with `?` placeholders and
 * backtick-quoted names — valid on both MySQL and SQLite. For seed migrations, which must not
 * depend on today's entity classes.
 */
export async function insertRows(
  runner: QueryRunner,
  table: string,
  rows: readonly Row[],
  chunkSize = 100,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const columnList = columns.map((column) => `\`${column}\``).join(', ');
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = chunk.flatMap((row) => columns.map((column) => row[column] ?? null));
    await runner.query(
      `INSERT INTO \`${table}\` (${columnList}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      values,
    );
  }
}
