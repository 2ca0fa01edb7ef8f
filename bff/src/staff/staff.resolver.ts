import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { toAuthPayload } from '../auth/auth-payload.mapper';
import type { AuthRequest, AuthUser } from '../auth/auth-user';
import { ClientIp } from '../auth/client-ip.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthPayloadType } from '../auth/dto/auth-payload.type';
import { MeType } from '../users/dto/me.type';
import { StaffProfileType } from './dto/staff-account.types';
import { ChangeMyPasswordArgs, StaffLoginArgs } from './dto/staff-login.args';
import { toStaffProfile } from './staff-account.mapper';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffAuthService } from './staff-auth.service';

@Resolver(() => MeType)
export class StaffResolver {
  constructor(
    private readonly staffAuth: StaffAuthService,
    private readonly accounts: StaffAccountsService,
  ) {}

  @Mutation(() => AuthPayloadType, {
    description:
      'Staff login with username and password (H5). 5 wrong passwords in a row lock the account for 15 minutes',
  })
  @Access('PUBLIC')
  async staffLogin(
    @Args() { username, password }: StaffLoginArgs,
    @ClientIp() ip: string,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(await this.staffAuth.login(username, password, ip));
  }

  @Mutation(() => Boolean, {
    description: "Changes the signed-in staff member's password; their other sessions end",
  })
  @Access('STAFF')
  async changeMyPassword(
    @CurrentUser() user: AuthUser,
    @Args() { currentPassword, newPassword }: ChangeMyPasswordArgs,
  ): Promise<boolean> {
    await this.staffAuth.changeOwnPassword(user, currentPassword, newPassword);
    return true;
  }

  /** Like Me.profile: only on the caller's own Me (field guards are off in this app). */
  @ResolveField(() => StaffProfileType, {
    nullable: true,
    description: 'Hall, zones and windows of a staff account; null for citizens',
  })
  async staff(
    @Parent() me: MeType,
    @Context('req') req: AuthRequest,
  ): Promise<StaffProfileType | null> {
    if (!req.auth || req.auth.userId !== me.id || req.auth.role === 'CITIZEN') return null;
    const view = await this.accounts.view(me.id);
    return view ? toStaffProfile(view) : null;
  }
}
