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
import { AppointmentPresenter } from '../appointment.presenter';
import { AppointmentsRepository } from '../appointments.repository';
import {
  APPOINTMENT_REMINDER_TOPIC,
  REMINDER_PURPOSE,
  type AppointmentReminderPayload,
} from './appointment-reminders';
import { reminderData, reminderPage } from './reminder-message';

/**
 * Sends one appointment reminder as a WeChat subscribe message to the citizen who booked:
 * only while the appointment is still BOOKED, and only when they have a subscription to the
 * template left (one is used per message; a message WeChat did not send gives it back).
 * At most once: the outbox never hands a reminder out twice.
 */
@Injectable()
export class AppointmentReminderHandler implements OutboxHandler<AppointmentReminderPayload> {
  readonly topic = APPOINTMENT_REMINDER_TOPIC;
  readonly atMostOnce = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appointments: AppointmentsRepository,
    private readonly presenter: AppointmentPresenter,
    private readonly templates: SubscribeTemplates,
    private readonly quotas: SubscriptionQuotaService,
    @Inject(SUBSCRIBE_MESSAGE_ADAPTER) private readonly adapter: SubscribeMessageAdapter,
  ) {}

  async deliver(
    payload: AppointmentReminderPayload,
    _message: unknown,
    now: Date,
  ): Promise<OutboxOutcome> {
    const appointment = await this.appointments.byId(payload.appointmentId);
    if (!appointment) return { kind: 'SKIPPED', reason: 'APPOINTMENT_NOT_FOUND' };
    if (appointment.status !== 'BOOKED') {
      return { kind: 'SKIPPED', reason: `APPOINTMENT_${appointment.status}` };
    }
    if (appointment.startsAt.getTime() <= now.getTime()) {
      return { kind: 'SKIPPED', reason: 'APPOINTMENT_STARTED' };
    }
    const template = this.templates.byPurpose(REMINDER_PURPOSE[payload.kind]);
    if (!template) return { kind: 'SKIPPED', reason: 'NO_TEMPLATE' };
    const user = await this.dataSource
      .getRepository(AppUserEntity)
      .findOne({ where: { id: appointment.actorUserId }, select: { id: true, openid: true } });
    if (!user?.openid) return { kind: 'SKIPPED', reason: 'NO_OPENID' };
    if (!(await this.quotas.consume(user.id, template.templateId, now))) {
      return { kind: 'SKIPPED', reason: 'NO_SUBSCRIPTION' };
    }
    const place = await this.presenter.placeOf(appointment);
    try {
      await this.adapter.send({
        toOpenid: user.openid,
        templateId: template.templateId,
        page: reminderPage(appointment.id),
        data: reminderData({
          appointmentId: appointment.id,
          kind: payload.kind,
          ...place,
          startsAt: appointment.startsAt,
          checkInCode: appointment.checkInCode,
        }),
      });
      return { kind: 'SENT' };
    } catch (error) {
      return this.quotas.settleFailedSend(error, user.id, template.templateId, now);
    }
  }
}
