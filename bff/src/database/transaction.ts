import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { dialectOf } from './data-source';

const TRANSIENT_MYSQL_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 4;

/** A deadlock or lock wait time-out on MySQL/MariaDB: the transaction was rolled back whole. */
export function isTransientLockError(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code } = error.driverError as { code?: unknown };
  return typeof code === 'string' && TRANSIENT_MYSQL_CODES.has(code);
}

/** The tail of the SQLite transaction queue of each data source. */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one transaction and returns its result; a thrown error rolls everything back.
 *
 * - **SQLite**: TypeORM's better-sqlite3 driver has one connection and one query runner, so two
 *   `dataSource.transaction()` calls at once do not get two transactions: the second becomes a
 *   SAVEPOINT inside the first, and a rollback of one can undo the other's "committed" writes.
 *   Transactions started here therefore run one after the other (a queue per data source).
 * - **MySQL/MariaDB**: every call gets its own pooled connection. A deadlock or lock wait
 *   time-out (the whole transaction was rolled back) is retried up to 3 times with jitter, so
 *   `work` must only write through `manager` and must not keep state between attempts.
 *
 * `work` must use only `manager` — never the data source — for its queries: a second pooled
 * connection taken while this one is held can exhaust the pool under load.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dialectOf(dataSource) === 'sqlite') {
    const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
    const run = previous.then(() => dataSource.transaction(work));
    sqliteQueues.set(
      dataSource,
      run.catch(() => undefined),
    );
    return run;
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isTransientLockError(error) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/** `YYYY-MM-DD HH:mm:ss.SSS` in UTC: how a datetime column is stored and compared on both databases. */
export function sqlTimestamp(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

/** Which unique index a failed insert ran into (its name on MySQL, its columns on SQLite). */
export function uniqueViolationDetail(error: unknown): string {
  if (!(error instanceof QueryFailedError)) return '';
  const { message, sqlMessage } = error.driverError as { message?: string; sqlMessage?: string };
  return `${sqlMessage ?? ''} ${message ?? ''} ${error.message}`;
}
