import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

/**
 * The outbox: side effects leaving the BFF, written in the transaction that causes them
 * (OutboxService) and delivered by OutboxWorker through the handler each topic registers.
 */
@Module({
  providers: [OutboxService, OutboxWorker],
  exports: [OutboxService, OutboxWorker],
})
export class OutboxModule {}
