import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { toAuthPayload } from './auth-payload.mapper';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { Access } from './access.decorator';
import { ClientIp } from './client-ip.decorator';
import { CurrentUser } from './current-user.decorator';
import { AuthPayloadType } from './dto/auth-payload.type';
import { DemoLoginArgs, LoginWithWechatArgs, RefreshSessionArgs } from './dto/auth.args';

@Access('PUBLIC')
@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadType, {
    description: 'Logs in with a wx.login code; creates the account on the first login',
  })
  async loginWithWechat(
    @Args() { code }: LoginWithWechatArgs,
    @ClientIp() ip: string,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(await this.auth.loginWithWechat(code, ip));
  }

  @Mutation(() => AuthPayloadType, {
    description: 'New tokens for a refresh token, which stops working (rotation)',
  })
  async refreshSession(
    @Args() { refreshToken }: RefreshSessionArgs,
    @ClientIp() ip: string,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(await this.auth.refresh(refreshToken, ip));
  }

  @Mutation(() => Boolean, { description: 'Ends this session; its tokens stop working at once' })
  @Access('SIGNED_IN')
  async logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.auth.logout(user.sessionId);
    return true;
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Logs in as a seeded test citizen or demo staff member (H5 development and tests); FORBIDDEN in production',
  })
  async demoLogin(
    @Args() { persona }: DemoLoginArgs,
    @ClientIp() ip: string,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(await this.auth.demoLogin(persona, ip));
  }
}
