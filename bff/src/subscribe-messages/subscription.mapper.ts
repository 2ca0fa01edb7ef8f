import type { SubscribeTemplateType, SubscriptionQuotaType } from './dto/subscription.types';
import { SubscribePurposeType } from './dto/subscribe-purpose.enum';
import type { SubscriptionQuota } from './subscription-quota.service';
import type { SubscribeTemplate } from './subscribe-templates';

export function toSubscribeTemplate(template: SubscribeTemplate): SubscribeTemplateType {
  return {
    purpose: SubscribePurposeType[template.purpose],
    templateId: template.templateId,
    title: template.title,
  };
}

export function toSubscriptionQuota(quota: SubscriptionQuota): SubscriptionQuotaType {
  return { ...toSubscribeTemplate(quota), remaining: quota.remaining };
}
