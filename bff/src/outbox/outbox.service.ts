import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface PlannedOutboxMessage {
  topic: string;
  /** Unique: planning the same key twice is an error of the caller's transaction. */
  dedupeKey: string;
  payload: unknown;
  dueAt: Date;
  expiresAt?: Date | null;
}

/** Writes and withdraws outbox messages inside the caller's transaction. */
@Injectable()
export class OutboxService {
  async enqueue(
    manager: EntityManager,
    messages: readonly PlannedOutboxMessage[],
    now: Date,
  ): Promise<void> {
    if (messages.length === 0) return;
    await manager.getRepository(OutboxMessageEntity).insert(
      messages.map((message): OutboxMessageEntity => ({
        id: randomUUID(),
        topic: message.topic,
        dedupeKey: message.dedupeKey,
        payload: JSON.stringify(message.payload),
        status: 'PENDING',
        dueAt: message.dueAt,
        expiresAt: message.expiresAt ?? null,
        attempts: 0,
        lastError: null,
        claimToken: null,
        claimedUntil: null,
        createdAt: now,
        sentAt: null,
        updatedAt: now,
      })),
    );
  }

  /** Withdraws messages that have not been claimed yet; returns how many. */
  async cancel(manager: EntityManager, dedupeKeys: readonly string[], now: Date): Promise<number> {
    if (dedupeKeys.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'CANCELLED', updatedAt: now })
      .where({ dedupeKey: In([...dedupeKeys]), status: 'PENDING' })
      .execute();
    return result.affected ?? 0;
  }
}
