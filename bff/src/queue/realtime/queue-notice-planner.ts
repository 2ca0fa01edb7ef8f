import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/unique-violation';
import { OutboxMessageEntity } from '../../outbox/outbox-message.entity';
import { OutboxService } from '../../outbox/outbox.service';
import { QueueEvents, type QueueChangeKind } from '../queue-events';
import { QueueSnapshots } from '../queue-snapshots.service';
import { ChangeFolder, type FoldedQueueChange } from './queue-change.topic';
import {
  ALMOST_TURN_AHEAD,
  queueNoticeDedupeKey,
  queueNoticeMessage,
  type QueueNoticeKind,
} from './queue-notices';

/** Changes after which tickets other than the changed ones may have moved up. */
const MOVES_OTHERS_UP = new Set<QueueChangeKind>(['CALLED', 'CANCELLED', 'TRANSFERRED']);

/**
 * Plans the queue's subscribe messages: 前面还有3人 when a WAITING ticket has ALMOST_TURN_AHEAD or
 * fewer ahead, 请到N号窗口 when a ticket is CALLED — once per ticket and kind.
 *
 * Runs on the instance where the change was committed (a QueueEvents listener, not the pub/sub),
 * from one category snapshot per change (changes arriving meanwhile are folded together). "Once"
 * across instances is the outbox's UNIQUE dedupe_key: two instances that both see a ticket reach
 * 3 ahead insert the same key and only one row exists. Whether and when a message is actually
 * sent (quota, the app closed, the ticket still waiting/called) is the handler's decision.
 */
@Injectable()
export class QueueNoticePlanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueNoticePlanner.name);
  private readonly folder = new ChangeFolder(
    (change) => this.plan(change),
    (error, change) =>
      this.logger.error({ err: error, hallCode: change.hallCode }, 'planning queue notices failed'),
  );
  private stop: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: QueueEvents,
    private readonly snapshots: QueueSnapshots,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = this.events.onChange((change) => {
      if (change.kind !== 'WINDOW' && change.kind !== 'CATEGORY') this.folder.add(change);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop?.();
    await this.folder.idle();
  }

  /** Resolves when the changes so far have been planned (tests). */
  settled(): Promise<void> {
    return this.folder.idle();
  }

  private async plan(change: FoldedQueueChange): Promise<void> {
    if (change.categoryCodes.size === 0) return;
    const queues = await this.snapshots.categories(change.hallCode, change.serviceDate, [
      ...change.categoryCodes,
    ]);
    const everyone = [...change.kinds].some((kind) => MOVES_OTHERS_UP.has(kind));
    const due: { ticketId: string; kind: QueueNoticeKind }[] = [];
    for (const queue of queues.values()) {
      for (const ticket of queue.tickets.values()) {
        const named = change.ticketIds.has(ticket.id);
        if (ticket.status === 'CALLED' && named) due.push({ ticketId: ticket.id, kind: 'CALLED' });
        if (
          ticket.status === 'WAITING' &&
          ticket.ahead !== null &&
          ticket.ahead <= ALMOST_TURN_AHEAD &&
          (everyone || named)
        ) {
          due.push({ ticketId: ticket.id, kind: 'ALMOST_TURN' });
        }
      }
    }
    await this.enqueueOnce(due);
  }

  private async enqueueOnce(due: { ticketId: string; kind: QueueNoticeKind }[]): Promise<void> {
    if (due.length === 0) return;
    const keys = due.map(({ ticketId, kind }) => queueNoticeDedupeKey(ticketId, kind));
    const planned = new Set(
      (
        await this.dataSource.getRepository(OutboxMessageEntity).find({
          where: { dedupeKey: In(keys) },
          select: { dedupeKey: true },
        })
      ).map((row) => row.dedupeKey),
    );
    const now = this.clock.now();
    for (const { ticketId, kind } of due) {
      if (planned.has(queueNoticeDedupeKey(ticketId, kind))) continue;
      try {
        await this.outbox.enqueue(
          this.dataSource.manager,
          [queueNoticeMessage(ticketId, kind, now)],
          now,
        );
      } catch (error) {
        // Another instance planned the same notice first.
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
}
