import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** What a subscribe-message template is used for. */
export const SUBSCRIBE_PURPOSES = [
  'APPOINTMENT_DAY_BEFORE',
  'APPOINTMENT_HOUR_BEFORE',
  'QUEUE_ALMOST_TURN',
  'QUEUE_CALLED',
] as const;
export type SubscribePurpose = (typeof SUBSCRIBE_PURPOSES)[number];

export interface SubscribeTemplate {
  purpose: SubscribePurpose;
  templateId: string;
  /** What the app tells the user the message is (the template's title in the WeChat console). */
  title: string;
}

const TITLES: Record<SubscribePurpose, string> = {
  APPOINTMENT_DAY_BEFORE: '预约办事提醒（前一天）',
  APPOINTMENT_HOUR_BEFORE: '预约办事提醒（前一小时）',
  QUEUE_ALMOST_TURN: '排队进度提醒（前面还有3人）',
  QUEUE_CALLED: '叫号提醒',
};

/** The ids the fake adapter uses when none are configured (WECHAT_MODE=fake). */
export const FAKE_TEMPLATE_IDS: Record<SubscribePurpose, string> = {
  APPOINTMENT_DAY_BEFORE: 'fake-tmpl-appointment-day-before',
  APPOINTMENT_HOUR_BEFORE: 'fake-tmpl-appointment-hour-before',
  QUEUE_ALMOST_TURN: 'fake-tmpl-queue-almost-turn',
  QUEUE_CALLED: 'fake-tmpl-queue-called',
};

/**
 * The subscribe-message templates of the mini-program, by purpose. WeChat lets a page ask for
 * at most 3 templates in one `requestSubscribeMessage` tap, and each acceptance allows one
 * message: the app asks for these right after booking.
 */
@Injectable()
export class SubscribeTemplates {
  private readonly templates: SubscribeTemplate[];

  constructor(
    @Inject(APP_CONFIG)
    config: Pick<
      AppConfig,
      | 'WECHAT_MODE'
      | 'WECHAT_TEMPLATE_APPOINTMENT_DAY_BEFORE'
      | 'WECHAT_TEMPLATE_APPOINTMENT_HOUR_BEFORE'
      | 'WECHAT_TEMPLATE_QUEUE_ALMOST_TURN'
      | 'WECHAT_TEMPLATE_QUEUE_CALLED'
    >,
  ) {
    const fake = config.WECHAT_MODE === 'fake';
    const configured: Record<SubscribePurpose, string | undefined> = {
      APPOINTMENT_DAY_BEFORE: config.WECHAT_TEMPLATE_APPOINTMENT_DAY_BEFORE,
      APPOINTMENT_HOUR_BEFORE: config.WECHAT_TEMPLATE_APPOINTMENT_HOUR_BEFORE,
      QUEUE_ALMOST_TURN: config.WECHAT_TEMPLATE_QUEUE_ALMOST_TURN,
      QUEUE_CALLED: config.WECHAT_TEMPLATE_QUEUE_CALLED,
    };
    this.templates = SUBSCRIBE_PURPOSES.flatMap((purpose) => {
      const templateId = configured[purpose] ?? (fake ? FAKE_TEMPLATE_IDS[purpose] : undefined);
      return templateId ? [{ purpose, templateId, title: TITLES[purpose] }] : [];
    });
  }

  /** Every template, or those of some purposes (a page asks for at most 3 at once). */
  all(purposes?: readonly SubscribePurpose[]): SubscribeTemplate[] {
    return this.templates.filter((template) => !purposes || purposes.includes(template.purpose));
  }

  byPurpose(purpose: SubscribePurpose): SubscribeTemplate | null {
    return this.templates.find((template) => template.purpose === purpose) ?? null;
  }

  byId(templateId: string): SubscribeTemplate | null {
    return this.templates.find((template) => template.templateId === templateId) ?? null;
  }
}
