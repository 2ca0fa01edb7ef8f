import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Clock } from '../common/clock/clock';
import { RecordSubscriptionArgs, SubscribeTemplatesArgs } from './dto/subscription.args';
import { SubscribeTemplateType, SubscriptionQuotaType } from './dto/subscription.types';
import { toSubscribeTemplate, toSubscriptionQuota } from './subscription.mapper';
import { SubscriptionQuotaService } from './subscription-quota.service';
import { SubscribeTemplates } from './subscribe-templates';

/** WeChat subscribe messages: which templates to ask for, and what the user accepted. */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly templates: SubscribeTemplates,
    private readonly quotas: SubscriptionQuotaService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [SubscribeTemplateType], {
    description:
      'The subscribe-message templates of the app (empty when WeChat messages are not set up)',
  })
  @Access('PUBLIC')
  subscribeTemplates(@Args() { purposes }: SubscribeTemplatesArgs): SubscribeTemplateType[] {
    return this.templates.all(purposes ?? undefined).map(toSubscribeTemplate);
  }

  @Mutation(() => [SubscriptionQuotaType], {
    description:
      'Records the answer of one requestSubscribeMessage tap: each accepted template allows one ' +
      'more message. Returns what the caller may now be sent, for every template',
  })
  @Access('CITIZEN')
  async recordSubscription(
    @CurrentUser() user: AuthUser,
    @Args() { templateIds, accepted }: RecordSubscriptionArgs,
  ): Promise<SubscriptionQuotaType[]> {
    const quotas = await this.quotas.record(user.userId, templateIds, accepted, this.clock.now());
    return quotas.map(toSubscriptionQuota);
  }
}
