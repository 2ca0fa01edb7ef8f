import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { dialectOf } from '../database/data-source';
import { sqlTimestamp } from '../database/transaction';
import type { OutboxOutcome } from '../outbox/outbox-handler';
import { SubscribeMessageError } from './subscribe-message.adapter';
import {
  SubscribeTemplates,
  type SubscribePurpose,
  type SubscribeTemplate,
} from './subscribe-templates';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';

/** WeChat's limit of templates in one requestSubscribeMessage. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

export interface SubscriptionQuota extends SubscribeTemplate {
  remaining: number;
}

/**
 * The one-time subscriptions of citizens: recorded after the page's `requestSubscribeMessage`
 * tap, consumed one per message. Every change is one statement, so concurrent taps and sends
 * on several instances neither lose nor double-spend a subscription.
 */
@Injectable()
export class SubscriptionQuotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: SubscribeTemplates,
  ) {}

  /**
   * Records one `requestSubscribeMessage` answer: `templateIds` were asked for (at most 3, all
   * known), `accepted` are the ones the user accepted (each allows one more message).
   */
  async record(
    userId: string,
    templateIds: readonly string[],
    accepted: readonly string[],
    now: Date,
  ): Promise<SubscriptionQuota[]> {
    const asked = new Set(templateIds);
    if (asked.size === 0 || asked.size > MAX_TEMPLATES_PER_REQUEST) {
      throw new AppError('BAD_USER_INPUT', '一次最多订阅3种消息', { field: 'templateIds' });
    }
    for (const id of asked) {
      if (!this.templates.byId(id)) {
        throw new AppError('BAD_USER_INPUT', '未知的订阅消息模板', { field: 'templateIds' });
      }
    }
    const acceptedIds = new Set(accepted);
    for (const id of acceptedIds) {
      if (!asked.has(id)) {
        throw new AppError('BAD_USER_INPUT', '同意的模板必须是本次请求的模板', {
          field: 'accepted',
        });
      }
    }
    const at = sqlTimestamp(now);
    const sql =
      dialectOf(this.dataSource) === 'mysql'
        ? 'INSERT INTO wechat_subscription (user_id, template_id, remaining, accepted_count, updated_at) ' +
          'VALUES (?, ?, 1, 1, ?) ON DUPLICATE KEY UPDATE remaining = remaining + 1, ' +
          'accepted_count = accepted_count + 1, updated_at = VALUES(updated_at)'
        : 'INSERT INTO wechat_subscription (user_id, template_id, remaining, accepted_count, updated_at) ' +
          'VALUES (?, ?, 1, 1, ?) ON CONFLICT (user_id, template_id) DO UPDATE SET ' +
          'remaining = remaining + 1, accepted_count = accepted_count + 1, updated_at = excluded.updated_at';
    for (const templateId of [...acceptedIds].sort()) {
      await this.dataSource.query(sql, [userId, templateId, at]);
    }
    return this.quotas(userId);
  }

  /** What the citizen may still be sent, for every configured template (or those of `purposes`). */
  async quotas(
    userId: string,
    purposes?: readonly SubscribePurpose[],
  ): Promise<SubscriptionQuota[]> {
    const rows = await this.dataSource
      .getRepository(WechatSubscriptionEntity)
      .find({ where: { userId } });
    const remaining = new Map(rows.map((row) => [row.templateId, row.remaining]));
    return this.templates
      .all(purposes)
      .map((template) => ({ ...template, remaining: remaining.get(template.templateId) ?? 0 }));
  }

  /** Takes one message of the subscription; false when none is left. */
  async consume(userId: string, templateId: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => 'remaining - 1', updatedAt: now })
      .where('user_id = :userId AND template_id = :templateId AND remaining > 0', {
        userId,
        templateId,
      })
      .execute();
    return result.affected === 1;
  }

  /** Gives back a message taken by `consume` that WeChat did not send. */
  async refund(userId: string, templateId: string, now: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => 'remaining + 1', updatedAt: now })
      .where('user_id = :userId AND template_id = :templateId', { userId, templateId })
      .execute();
  }

  /**
   * Settles the subscription after a message taken by `consume` failed to send, and says what the
   * outbox should do with the message: WeChat's "no subscription" clears the quota, any other
   * failure gives the message back. Errors that are not WeChat's are rethrown after the refund.
   */
  async settleFailedSend(
    error: unknown,
    userId: string,
    templateId: string,
    now: Date,
  ): Promise<OutboxOutcome> {
    if (error instanceof SubscribeMessageError && error.kind === 'NO_SUBSCRIPTION') {
      await this.clear(userId, templateId, now);
      return { kind: 'SKIPPED', reason: `NO_SUBSCRIPTION (WeChat ${error.errcode})` };
    }
    await this.refund(userId, templateId, now);
    if (!(error instanceof SubscribeMessageError)) throw error;
    return error.kind === 'TRANSIENT'
      ? { kind: 'RETRY', error: error.message }
      : { kind: 'FAILED', error: error.message };
  }

  /** WeChat says the user has no subscription to this template (43101): none is left. */
  async clear(userId: string, templateId: string, now: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: 0, updatedAt: now })
      .where('user_id = :userId AND template_id = :templateId', { userId, templateId })
      .execute();
  }
}
