import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SubscribePurposeType } from './subscribe-purpose.enum';

@ObjectType('SubscribeTemplate', {
  description:
    'A WeChat subscribe-message template: pass the ids to Taro.requestSubscribeMessage (at most 3, ' +
    'from a tap), then report the answer with recordSubscription',
})
export class SubscribeTemplateType {
  @Field(() => SubscribePurposeType) purpose: SubscribePurposeType;
  @Field() templateId: string;
  @Field({ description: 'What the message is, for the page (e.g. 预约办事提醒（前一天）)' })
  title: string;
}

@ObjectType('SubscriptionQuota', {
  description: 'How many messages of a template the BFF may still send you (one per acceptance)',
})
export class SubscriptionQuotaType extends SubscribeTemplateType {
  @Field(() => Int) remaining: number;
}
