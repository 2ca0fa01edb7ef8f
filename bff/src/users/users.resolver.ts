import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../auth/auth-user';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { MeType } from './dto/me.type';
import { SetCareModeArgs } from './dto/set-care-mode.args';
import { toMe } from './me.mapper';
import { UsersService } from './users.service';

@Resolver()
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => MeType, {
    nullable: true,
    description: 'The signed-in account; null when anonymous',
  })
  @Access('PUBLIC')
  async me(@CurrentUser() user: AuthUser | null): Promise<MeType | null> {
    return user ? toMe(await this.users.requireById(user.userId)) : null;
  }

  @Mutation(() => MeType, { description: 'Turns 长辈版 (care mode) on or off for the account' })
  @Access('SIGNED_IN')
  async setCareMode(
    @CurrentUser() user: AuthUser,
    @Args() { enabled }: SetCareModeArgs,
  ): Promise<MeType> {
    return toMe(await this.users.setCareMode(user.userId, enabled));
  }
}
