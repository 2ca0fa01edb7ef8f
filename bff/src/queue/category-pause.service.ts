import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { shanghaiDateOf } from '@shizhong/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { inTransaction } from '../database/transaction';
import { QueueCategorySettingEntity } from './queue-category-setting.entity';
import { QueueEvents } from './queue-events';
import { requireQueueHall } from './queue-hall-scope';
import { QueueReference } from './queue-reference.service';
import { QUEUE_MESSAGES } from './queue.messages';

/** 暂停取号: a hall admin pauses (or resumes) taking tickets in a category of their hall. */
@Injectable()
export class CategoryPauseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: QueueReference,
    private readonly events: QueueEvents,
    private readonly clock: Clock,
  ) {}

  async setPaused(
    caller: Pick<AuthUser, 'userId' | 'role' | 'hallCode'>,
    hallCode: string,
    categoryCode: string,
    paused: boolean,
    reason: string | null,
  ): Promise<void> {
    requireQueueHall(caller, hallCode);
    const { hall, category } = await this.reference.category(hallCode, categoryCode);
    const text = reason?.trim() || null;
    if (text !== null && text.length > 100) {
      throw new AppError('BAD_USER_INPUT', QUEUE_MESSAGES.pauseReason, { field: 'reason' });
    }
    const now = this.clock.now();
    await inTransaction(this.dataSource, (manager) =>
      manager.getRepository(QueueCategorySettingEntity).upsert(
        {
          hallCode: hall.code,
          categoryCode: category.code,
          paused,
          pausedReason: paused ? text : null,
          updatedBy: caller.userId,
          updatedAt: now,
        },
        ['hallCode', 'categoryCode'],
      ),
    );
    this.events.emit({
      hallCode: hall.code,
      serviceDate: shanghaiDateOf(now),
      categoryCodes: [category.code],
      ticketIds: [],
      windowCode: null,
      kind: 'CATEGORY',
    });
  }
}
