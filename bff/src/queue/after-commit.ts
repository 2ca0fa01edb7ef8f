import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

const pending = new WeakMap<QueryRunner, (() => void)[]>();

/**
 * Runs `effect` once the transaction `manager` belongs to has committed (at once when it is not
 * in a transaction); drops it when the transaction rolls back. For work done inside someone
 * else's transaction — the appointment check-in hook — whose commit the caller cannot see.
 * Needs AfterCommitSubscriber registered on the data source.
 */
export function afterCommit(manager: EntityManager, effect: () => void): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    effect();
    return;
  }
  const effects = pending.get(runner) ?? [];
  effects.push(effect);
  pending.set(runner, effects);
}

/** Calls the effects of a transaction when its outermost level commits. */
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint was released; the outer one is open
    const effects = pending.get(runner);
    pending.delete(runner);
    for (const effect of effects ?? []) effect();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}

/** Registers the subscriber once per data source. */
export function registerAfterCommit(dataSource: DataSource): void {
  if (!dataSource.subscribers.some((subscriber) => subscriber instanceof AfterCommitSubscriber)) {
    dataSource.subscribers.push(new AfterCommitSubscriber());
  }
}
