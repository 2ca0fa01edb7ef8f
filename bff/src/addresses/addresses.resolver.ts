import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { maskPostalAddress } from '@shizhong/domain';
import type { AuthRequest, AuthUser } from '../auth/auth-user';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { MeType } from '../users/dto/me.type';
import { toMe } from '../users/me.mapper';
import { UsersService } from '../users/users.service';
import { AddressesService } from './addresses.service';
import { PostalAddressType } from './dto/postal-address.type';
import { SetAddressArgs } from './dto/set-address.args';

@Resolver(() => MeType)
export class AddressesResolver {
  constructor(
    private readonly addresses: AddressesService,
    private readonly users: UsersService,
  ) {}

  /** As Me.profile: only the caller's own Me shows an address (field guards are off). */
  @ResolveField(() => PostalAddressType, {
    nullable: true,
    description: 'The postal address for 政务专递, masked; null until one is set',
  })
  async address(
    @Parent() me: MeType,
    @Context('req') req: AuthRequest,
  ): Promise<PostalAddressType | null> {
    if (!req.auth || req.auth.userId !== me.id) return null;
    const address = await this.addresses.addressOf(me.id);
    return address ? { region: address.region, masked: maskPostalAddress(address) } : null;
  }

  @Mutation(() => MeType, {
    description: 'Sets or replaces the postal address (政务专递); needs real-name first',
  })
  @Access('CITIZEN')
  async setAddress(
    @CurrentUser() user: AuthUser,
    @Args() { input }: SetAddressArgs,
  ): Promise<MeType> {
    await this.addresses.set(user.userId, input);
    return toMe(await this.users.requireById(user.userId));
  }

  @Mutation(() => MeType, { description: 'Removes the postal address' })
  @Access('CITIZEN')
  async clearAddress(@CurrentUser() user: AuthUser): Promise<MeType> {
    await this.addresses.clear(user.userId);
    return toMe(await this.users.requireById(user.userId));
  }
}
