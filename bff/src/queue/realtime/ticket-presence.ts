import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { pubSubChannelPrefix } from '../../common/pubsub/pubsub.module';
import { REDIS } from '../../common/redis/redis.module';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** How long an instance's mark lasts without a heartbeat (an instance that died drops out). */
const MARK_TTL_MS = 90_000;
const HEARTBEAT_MS = 30_000;

/**
 * Which tickets someone is watching live right now (a `queueTicketChanged` subscription on any
 * instance): the app is open on that ticket. WeChat closes a mini-program's sockets soon after it
 * goes to the background, so "not watched" ≈ "the app is closed" — when a subscribe message is
 * worth sending.
 *
 * Without Redis this instance's own count is all there is. With Redis each instance keeps a field
 * in `<prefix>presence:<ticketId>` (a hash: instance id → until when), refreshed every 30 s and
 * removed when its last watcher leaves. When Redis cannot be asked the answer is "not watched"
 * (better a message too many than none).
 */
@Injectable()
export class TicketPresence implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TicketPresence.name);
  private readonly local = new Map<string, number>();
  private readonly instanceId = randomUUID();
  private readonly prefix: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>,
  ) {
    this.prefix = `${pubSubChannelPrefix(config)}presence:`;
  }

  onApplicationBootstrap(): void {
    if (!this.redis) return;
    this.timer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const ids = [...this.local.keys()];
    this.local.clear();
    if (this.redis && ids.length > 0) {
      const pipeline = this.redis.pipeline();
      for (const id of ids) pipeline.hdel(this.prefix + id, this.instanceId);
      await pipeline.exec().catch(() => undefined);
    }
  }

  add(ticketId: string): void {
    const count = (this.local.get(ticketId) ?? 0) + 1;
    this.local.set(ticketId, count);
    if (count === 1) void this.mark([ticketId]);
  }

  remove(ticketId: string): void {
    const count = (this.local.get(ticketId) ?? 0) - 1;
    if (count > 0) {
      this.local.set(ticketId, count);
      return;
    }
    this.local.delete(ticketId);
    if (this.redis) {
      this.redis
        .hdel(this.prefix + ticketId, this.instanceId)
        .catch((error: Error) => this.logger.warn(`presence: ${error.message}`));
    }
  }

  /** Whether anyone, on any instance, is watching the ticket live. */
  async watched(ticketId: string, now = Date.now()): Promise<boolean> {
    if ((this.local.get(ticketId) ?? 0) > 0) return true;
    if (!this.redis) return false;
    try {
      const marks = await this.redis.hgetall(this.prefix + ticketId);
      return Object.values(marks).some((until) => Number(until) > now);
    } catch (error) {
      this.logger.warn(`presence: ${(error as Error).message}`);
      return false;
    }
  }

  private async heartbeat(): Promise<void> {
    await this.mark([...this.local.keys()]);
  }

  private async mark(ticketIds: readonly string[]): Promise<void> {
    if (!this.redis || ticketIds.length === 0) return;
    const until = String(Date.now() + MARK_TTL_MS);
    const pipeline = this.redis.pipeline();
    for (const id of ticketIds) {
      pipeline.hset(this.prefix + id, this.instanceId, until);
      pipeline.pexpire(this.prefix + id, MARK_TTL_MS);
    }
    await pipeline.exec().catch((error: Error) => this.logger.warn(`presence: ${error.message}`));
  }
}
