import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutboxHandler, OutboxOutcome } from '../../outbox/outbox-handler';
import {
  SUBSCRIBE_MESSAGE_ADAPTER,
  type SubscribeMessageAdapter,
} from '../../subscribe-messages/subscribe-message.adapter';
import { SubscribeTemplates } from '../../subscribe-messages/subscribe-templates';
import { SubscriptionQuotaService } from '../../subscribe-messages/subscription-quota.service';
import { AppUserEntity } from '../../users/app-user.entity';
import { QueueReference } from '../queue-reference.service';
import { QueueSnapshots } from '../queue-snapshots.service';
import { QueueRepository } from '../queue.repository';
import {
  QUEUE_NOTICE_PURPOSE,
  QUEUE_NOTICE_TOPIC,
  queueNoticeData,
  queueNoticePage,
  type QueueNoticePayload,
} from './queue-notices';
import { TicketPresence } from './ticket-presence';

/** The status a ticket must still have for its notice to be worth sending. */
const STILL: Record<QueueNoticePayload['kind'], string> = {
  ALMOST_TURN: 'WAITING',
  CALLED: 'CALLED',
};

/**
 * Sends one queue notice (前面还有3人 / 请到N号窗口) as a WeChat subscribe message to the account
 * that took the ticket: only while the ticket is still waiting / called, only when nobody is
 * watching it live (the app is closed — TicketPresence), and only with a subscription to the
 * template left (one is used per message, given back when WeChat did not send it). While the
 * app is open a 前面还有3人 is tried again later (it may be closed by then); a call is skipped (it
 * was seen live). At most once: the outbox never hands a notice out twice.
 */
@Injectable()
export class QueueNoticeHandler implements OutboxHandler<QueueNoticePayload> {
  readonly topic = QUEUE_NOTICE_TOPIC;
  readonly atMostOnce = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: QueueRepository,
    private readonly snapshots: QueueSnapshots,
    private readonly reference: QueueReference,
    private readonly presence: TicketPresence,
    private readonly templates: SubscribeTemplates,
    private readonly quotas: SubscriptionQuotaService,
    @Inject(SUBSCRIBE_MESSAGE_ADAPTER) private readonly adapter: SubscribeMessageAdapter,
  ) {}

  async deliver(payload: QueueNoticePayload, _message: unknown, now: Date): Promise<OutboxOutcome> {
    const row = await this.repository.ticket(payload.ticketId);
    if (!row) return { kind: 'SKIPPED', reason: 'TICKET_NOT_FOUND' };
    if (row.status !== STILL[payload.kind])
      return { kind: 'SKIPPED', reason: `TICKET_${row.status}` };
    if (!row.ownerUserId) return { kind: 'SKIPPED', reason: 'NO_OWNER' };
    if (await this.presence.watched(row.id)) {
      return payload.kind === 'ALMOST_TURN'
        ? {
            kind: 'RETRY',
            error: 'APP_OPEN: the ticket is watched live; try when the app is closed',
          }
        : { kind: 'SKIPPED', reason: 'APP_OPEN' };
    }
    const template = this.templates.byPurpose(QUEUE_NOTICE_PURPOSE[payload.kind]);
    if (!template) return { kind: 'SKIPPED', reason: 'NO_TEMPLATE' };
    const user = await this.dataSource
      .getRepository(AppUserEntity)
      .findOne({ where: { id: row.ownerUserId }, select: { id: true, openid: true } });
    if (!user?.openid) return { kind: 'SKIPPED', reason: 'NO_OPENID' };
    if (!(await this.quotas.consume(user.id, template.templateId, now))) {
      return { kind: 'SKIPPED', reason: 'NO_SUBSCRIPTION' };
    }
    try {
      const [view] = await this.snapshots.present([row]);
      const hall = await this.reference.hall(row.hallCode);
      if (!view) throw new Error('no view of a ticket');
      await this.adapter.send({
        toOpenid: user.openid,
        templateId: template.templateId,
        page: queueNoticePage(row.id),
        data: queueNoticeData(payload.kind, {
          number: view.number,
          categoryName: view.categoryName,
          hallName: hall.name,
          zoneName: view.zoneName,
          ahead: view.ahead,
          windowLabel: view.windowLabel,
        }),
      });
      return { kind: 'SENT' };
    } catch (error) {
      return this.quotas.settleFailedSend(error, user.id, template.templateId, now);
    }
  }
}
