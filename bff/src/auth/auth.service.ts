import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AppUserEntity } from '../users/app-user.entity';
import { DemoStaffService } from '../staff/demo-staff.service';
import { isDemoStaffPersona } from '../staff/demo-staff';
import { UsersService } from '../users/users.service';
import { AuthRateLimitService } from './auth-rate-limit.service';
import type { AuthTokens } from './auth-tokens';
import { DEMO_PERSONAS, type DemoPersona } from './demo-persona';
import { SessionService } from './session.service';
import {
  WECHAT_AUTH_ADAPTER,
  WechatLoginError,
  type WechatAuthAdapter,
} from './wechat/wechat-auth.adapter';

export interface LoginResult {
  tokens: AuthTokens;
  user: AppUserEntity;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(WECHAT_AUTH_ADAPTER) private readonly wechat: WechatAuthAdapter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly rateLimit: AuthRateLimitService,
    private readonly demoStaff: DemoStaffService,
  ) {}

  /** `wx.login` code → openid → the user (created on first login) → a new session. */
  async loginWithWechat(code: string, ip: string): Promise<LoginResult> {
    await this.rateLimit.check('login', ip, code);
    let openid: string;
    try {
      // session_key stays here: it is neither stored, logged nor returned.
      ({ openid } = await this.wechat.code2Session(code));
    } catch (error) {
      if (!(error instanceof WechatLoginError)) throw error;
      this.logger.warn(`WeChat login refused: errcode ${error.errcode}`);
      throw new AppError('WECHAT_LOGIN_FAILED', undefined, { wechatErrcode: error.errcode });
    }
    return this.login(openid);
  }

  /** Logs in as a seeded test citizen or demo staff member (made on first use); refused in production. */
  async demoLogin(persona: DemoPersona, ip: string): Promise<LoginResult> {
    if (this.config.NODE_ENV === 'production') {
      throw new AppError('FORBIDDEN', '演示登录仅用于开发和测试环境');
    }
    await this.rateLimit.check('demo', ip, persona);
    if (isDemoStaffPersona(persona)) {
      const user = await this.demoStaff.ensure(persona);
      return { tokens: await this.sessions.open(user), user };
    }
    return this.login(DEMO_PERSONAS[persona]);
  }

  async refresh(refreshToken: string, ip: string): Promise<LoginResult> {
    await this.rateLimit.check('refresh', ip, refreshToken);
    const { userId, tokens } = await this.sessions.rotate(refreshToken);
    return { tokens, user: await this.users.requireById(userId) };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  private async login(openid: string): Promise<LoginResult> {
    const user = await this.users.loginByOpenid(openid);
    return { tokens: await this.sessions.open(user), user };
  }
}
