import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FakeSubscribeMessageAdapter } from './fake-subscribe-message.adapter';
import { HttpSubscribeMessageAdapter } from './http-subscribe-message.adapter';
import {
  SUBSCRIBE_MESSAGE_ADAPTER,
  type SubscribeMessageAdapter,
} from './subscribe-message.adapter';
import { SubscribeTemplates } from './subscribe-templates';
import { SubscriptionQuotaService } from './subscription-quota.service';
import { SubscriptionsResolver } from './subscriptions.resolver';
import { WechatAccessTokens } from './wechat-access-token';

/**
 * WeChat subscribe messages (订阅消息): the adapter (a fake that records messages by default,
 * `WECHAT_MODE=http` for WeChat's API), the templates, and each citizen's one-time
 * subscriptions. Features send through the outbox (see appointments/reminders).
 */
@Module({
  providers: [
    {
      provide: SUBSCRIBE_MESSAGE_ADAPTER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SubscribeMessageAdapter =>
        config.WECHAT_MODE === 'http' && config.WECHAT_APP_ID && config.WECHAT_APP_SECRET
          ? new HttpSubscribeMessageAdapter(
              new WechatAccessTokens({
                appId: config.WECHAT_APP_ID,
                appSecret: config.WECHAT_APP_SECRET,
                baseUrl: config.WECHAT_API_BASE_URL,
                timeoutMs: config.WECHAT_TIMEOUT_MS,
              }),
              {
                baseUrl: config.WECHAT_API_BASE_URL,
                timeoutMs: config.WECHAT_TIMEOUT_MS,
                miniprogramState: config.WECHAT_MESSAGE_STATE,
              },
            )
          : new FakeSubscribeMessageAdapter(),
    },
    SubscribeTemplates,
    SubscriptionQuotaService,
    SubscriptionsResolver,
  ],
  exports: [SUBSCRIBE_MESSAGE_ADAPTER, SubscribeTemplates, SubscriptionQuotaService],
})
export class SubscribeMessagesModule {}
