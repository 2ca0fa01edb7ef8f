import { Module, type OnModuleInit } from '@nestjs/common';
import { OutboxModule } from '../../outbox/outbox.module';
import { OutboxWorker } from '../../outbox/outbox.worker';
import { SubscribeMessagesModule } from '../../subscribe-messages/subscribe-messages.module';
import { QueueModule } from '../queue.module';
import { QueueChangeRelay } from './queue-change-relay';
import { QueueLiveViews } from './queue-live-views';
import { QueueNoticeHandler } from './queue-notice.handler';
import { QueueNoticePlanner } from './queue-notice-planner';
import { QueueRealtimeResolver } from './queue-realtime.resolver';
import { TicketPresence } from './ticket-presence';

/**
 * The queue, live: the three subscriptions (queueTicketChanged, queueBoardChanged,
 * serviceWindowChanged) fed by queue changes over the pub/sub, and the subscribe messages
 * (前面还有3人, 请到N号窗口) for citizens whose app is closed. See README.md in this folder.
 */
@Module({
  imports: [QueueModule, OutboxModule, SubscribeMessagesModule],
  providers: [
    TicketPresence,
    QueueLiveViews,
    QueueChangeRelay,
    QueueRealtimeResolver,
    QueueNoticePlanner,
    QueueNoticeHandler,
  ],
  exports: [QueueLiveViews, QueueNoticePlanner],
})
export class QueueRealtimeModule implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxWorker,
    private readonly notices: QueueNoticeHandler,
  ) {}

  onModuleInit(): void {
    this.outbox.register(this.notices);
  }
}
