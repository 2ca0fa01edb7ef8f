import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { sqlTimestamp } from '../database/transaction';
import type { OutboxHandler, OutboxOutcome } from './outbox-handler';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Messages read per batch, and batches per run. */
const BATCH = 50;
const MAX_BATCHES_PER_RUN = 20;
/** How long a claim lasts: a delivery that takes longer is presumed dead. */
const CLAIM_MS = 2 * 60_000;
/** Delivery attempts before a message is FAILED. */
export const OUTBOX_MAX_ATTEMPTS = 5;
/** Wait before retry n (1-based): 30 s, 2 min, 8 min, 32 min. */
export function outboxRetryDelayMs(attempt: number): number {
  return 30_000 * 4 ** (attempt - 1);
}

export interface OutboxRunResult {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/**
 * Delivers due outbox messages through the handler of their topic, with retries and backoff.
 * Safe with any number of BFF instances: a message is claimed with one conditional UPDATE
 * (`… WHERE id = ? AND status = 'PENDING'`) and only the instance whose UPDATE changed the row
 * delivers it; the outcome is written only under that claim (`… AND claim_token = ?`).
 *
 * Runs every OUTBOX_POLL_INTERVAL_MS (0: never; tests call `runOnce`), at the app's Clock.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly handlers = new Map<string, OutboxHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<OutboxRunResult> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'OUTBOX_POLL_INTERVAL_MS'>,
  ) {}

  /** A feature registers the handler of its topic once, at start-up. */
  register<Payload>(handler: OutboxHandler<Payload>): void {
    if (this.handlers.has(handler.topic)) {
      throw new Error(`outbox topic ${handler.topic} already has a handler`);
    }
    this.handlers.set(handler.topic, handler as OutboxHandler);
  }

  onApplicationBootstrap(): void {
    const interval = this.config.OUTBOX_POLL_INTERVAL_MS;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      void this.runOnce().catch((error: unknown) =>
        this.logger.error({ err: error }, 'outbox run failed'),
      );
    }, interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass over the due messages; concurrent calls on one instance share the pass. */
  runOnce(): Promise<OutboxRunResult> {
    if (this.running) return this.running;
    const run = this.pass().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async pass(): Promise<OutboxRunResult> {
    const result: OutboxRunResult = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const now = this.clock.now();
    await this.releaseDeadClaims(now);
    // Batch after batch until the backlog is drained (every settled message leaves PENDING or
    // becomes due later, so each batch is new); bounded, in case other instances keep adding.
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
      const due = await this.dataSource
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('m')
        .select('m.id', 'id')
        .where("m.status = 'PENDING' AND m.due_at <= :now", { now: sqlTimestamp(now) })
        .orderBy('m.due_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(BATCH)
        .getRawMany<{ id: string }>();
      for (const { id } of due) {
        const outcome = await this.deliverOne(id, now);
        if (outcome === null) continue;
        switch (outcome) {
          case 'SENT':
            result.sent += 1;
            break;
          case 'SKIPPED':
            result.skipped += 1;
            break;
          case 'RETRY':
            result.retried += 1;
            break;
          case 'FAILED':
            result.failed += 1;
            break;
        }
      }
      if (due.length < BATCH) break;
    }
    return result;
  }

  /** Claims one message and delivers it; null when another worker had it first. */
  private async deliverOne(id: string, now: Date): Promise<OutboxOutcome['kind'] | null> {
    const token = randomUUID();
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({
        status: 'SENDING',
        claimToken: token,
        claimedUntil: new Date(now.getTime() + CLAIM_MS),
        attempts: () => 'attempts + 1',
        updatedAt: now,
      })
      .where("id = :id AND status = 'PENDING' AND due_at <= :now", {
        id,
        now: sqlTimestamp(now),
      })
      .execute();
    if (claimed.affected !== 1) return null;
    const message = await this.dataSource
      .getRepository(OutboxMessageEntity)
      .findOneByOrFail({ id });

    let outcome: OutboxOutcome;
    const handler = this.handlers.get(message.topic);
    if (!handler) {
      outcome = { kind: 'RETRY', error: `no handler for topic ${message.topic} on this instance` };
    } else if (message.expiresAt && message.expiresAt.getTime() <= now.getTime()) {
      outcome = { kind: 'SKIPPED', reason: 'EXPIRED' };
    } else {
      try {
        outcome = await handler.deliver(JSON.parse(message.payload) as unknown, message, now);
      } catch (error) {
        this.logger.error({ err: error, outboxId: id }, 'outbox handler threw');
        outcome = { kind: 'RETRY', error: error instanceof Error ? error.message : String(error) };
      }
    }
    return this.settle(message, token, outcome, now);
  }

  private async settle(
    message: OutboxMessageEntity,
    token: string,
    outcome: OutboxOutcome,
    now: Date,
  ): Promise<OutboxOutcome['kind']> {
    let kind = outcome.kind;
    let values: Partial<OutboxMessageEntity>;
    switch (outcome.kind) {
      case 'SENT':
        values = { status: 'SENT', sentAt: now, lastError: null };
        break;
      case 'SKIPPED':
        values = { status: 'SKIPPED', lastError: outcome.reason };
        break;
      case 'FAILED':
        values = { status: 'FAILED', lastError: outcome.error.slice(0, 300) };
        break;
      case 'RETRY': {
        const next = new Date(now.getTime() + outboxRetryDelayMs(message.attempts));
        const tooLate = message.expiresAt !== null && next >= message.expiresAt;
        if (message.attempts >= OUTBOX_MAX_ATTEMPTS || tooLate) {
          kind = 'FAILED';
          values = { status: 'FAILED', lastError: outcome.error.slice(0, 300) };
        } else {
          values = { status: 'PENDING', dueAt: next, lastError: outcome.error.slice(0, 300) };
        }
        break;
      }
    }
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ ...values, claimToken: null, claimedUntil: null, updatedAt: now })
      .where("id = :id AND claim_token = :token AND status = 'SENDING'", {
        id: message.id,
        token,
      })
      .execute();
    return kind;
  }

  /**
   * Claims that ran out (the instance died while delivering): messages of at-most-once topics
   * become FAILED — they may have gone out — and the others are due again.
   */
  private async releaseDeadClaims(now: Date): Promise<void> {
    const atMostOnce = [...this.handlers.values()].filter((h) => h.atMostOnce).map((h) => h.topic);
    const expired = { now: sqlTimestamp(now) };
    const base = () =>
      this.dataSource
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .where("status = 'SENDING' AND claimed_until < :now", expired);
    if (atMostOnce.length > 0) {
      await base()
        .set({
          status: 'FAILED',
          lastError: 'claim ran out during delivery; not retried (at most once)',
          claimToken: null,
          claimedUntil: null,
          updatedAt: now,
        })
        .andWhere('topic IN (:...atMostOnce)', { atMostOnce })
        .execute();
    }
    const query = base().set({
      status: 'PENDING',
      claimToken: null,
      claimedUntil: null,
      updatedAt: now,
    });
    if (atMostOnce.length > 0) query.andWhere('topic NOT IN (:...atMostOnce)', { atMostOnce });
    await query.execute();
  }
}
