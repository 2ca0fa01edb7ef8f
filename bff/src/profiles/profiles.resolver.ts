import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthRequest, AuthUser } from '../auth/auth-user';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { MeType } from '../users/dto/me.type';
import { toMe } from '../users/me.mapper';
import { UsersService } from '../users/users.service';
import { RequestPhoneCodeArgs, VerifyPhoneArgs } from './dto/phone.args';
import { ProfileType } from './dto/profile.type';
import { SubmitRealNameArgs } from './dto/submit-real-name.input';
import { toProfile } from './profile.mapper';
import { ProfilesService } from './profiles.service';

@Resolver(() => MeType)
export class ProfilesResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
  ) {}

  /**
   * Field guards are off in this app, so the caller is read from the request the parent's guard
   * authenticated; a Me that is not the caller's own never shows a profile.
   */
  @ResolveField(() => ProfileType, {
    nullable: true,
    description: 'The real-name profile, masked; null until real-name (实名) is done',
  })
  async profile(
    @Parent() me: MeType,
    @Context('req') req: AuthRequest,
  ): Promise<ProfileType | null> {
    if (!req.auth || req.auth.userId !== me.id) return null;
    const profile = await this.profiles.profileOf(me.id);
    return profile ? toProfile(profile, me.careMode) : null;
  }

  @Mutation(() => MeType, {
    description: 'Sets or corrects the real name and ID number (实名) of the account',
  })
  @Access('CITIZEN')
  async submitRealName(
    @CurrentUser() user: AuthUser,
    @Args() { input }: SubmitRealNameArgs,
  ): Promise<MeType> {
    await this.profiles.submitRealName(user.userId, input.name, input.idNumber);
    return toMe(await this.users.requireById(user.userId));
  }

  @Mutation(() => Boolean, {
    description: 'Sends an SMS code to confirm a phone number; needs real-name first. Rate-limited',
  })
  @Access('CITIZEN')
  async requestPhoneCode(
    @CurrentUser() user: AuthUser,
    @Args() { phone }: RequestPhoneCodeArgs,
  ): Promise<boolean> {
    await this.profiles.requestPhoneCode(user.userId, phone);
    return true;
  }

  @Mutation(() => MeType, { description: 'Confirms the phone number with the SMS code' })
  @Access('CITIZEN')
  async verifyPhone(
    @CurrentUser() user: AuthUser,
    @Args() { phone, code }: VerifyPhoneArgs,
  ): Promise<MeType> {
    await this.profiles.verifyPhone(user.userId, phone, code);
    return toMe(await this.users.requireById(user.userId));
  }
}
