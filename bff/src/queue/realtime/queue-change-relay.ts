import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PubSub } from '../../common/pubsub/pubsub';
import { QueueEvents, type QueueChange } from '../queue-events';
import { QUEUE_CHANGED } from './queue-change.topic';
import { QueueLiveViews } from './queue-live-views';

/**
 * Hands every queue change committed on this instance to the pub/sub, so that every instance
 * (this one too) updates its subscribers. When the pub/sub cannot take it (Redis down), this
 * instance's own subscribers are still updated.
 */
@Injectable()
export class QueueChangeRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueChangeRelay.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly events: QueueEvents,
    private readonly pubsub: PubSub,
    private readonly views: QueueLiveViews,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = this.events.onChange((change) => this.relay(change));
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  private async relay(change: QueueChange): Promise<void> {
    try {
      await this.pubsub.publish(QUEUE_CHANGED, change);
    } catch (error) {
      this.logger.warn(
        { err: error, hallCode: change.hallCode },
        'queue change not published; only this instance’s subscribers are updated',
      );
      this.views.receive(change);
    }
  }
}
