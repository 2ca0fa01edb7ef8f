import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StaffAccountsModule } from '../staff/staff-accounts.module';
import { UsersModule } from '../users/users.module';
import { AuthRateLimitService } from './auth-rate-limit.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { FakeWechatAuthAdapter } from './wechat/fake-wechat-auth.adapter';
import { HttpWechatAuthAdapter } from './wechat/http-wechat-auth.adapter';
import { WECHAT_AUTH_ADAPTER, type WechatAuthAdapter } from './wechat/wechat-auth.adapter';

/**
 * WeChat login, demo login, sessions and the AuthGuard — the global gate that applies every
 * operation's `@Access` policy. Global, so any feature can use `@Access` / `@CurrentUser()`.
 */
@Global()
@Module({
  imports: [UsersModule, StaffAccountsModule],
  providers: [
    {
      provide: WECHAT_AUTH_ADAPTER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): WechatAuthAdapter =>
        config.WECHAT_MODE === 'http' && config.WECHAT_APP_ID && config.WECHAT_APP_SECRET
          ? new HttpWechatAuthAdapter({
              appId: config.WECHAT_APP_ID,
              appSecret: config.WECHAT_APP_SECRET,
              baseUrl: config.WECHAT_API_BASE_URL,
              timeoutMs: config.WECHAT_TIMEOUT_MS,
            })
          : new FakeWechatAuthAdapter(),
    },
    SessionService,
    AuthRateLimitService,
    AuthService,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
    AuthResolver,
  ],
  exports: [SessionService, AuthGuard, AuthRateLimitService],
})
export class AuthModule {}
