import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../auth/auth-user';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PiiCipher } from '../common/pii/pii-cipher';
import { AddFamilyMemberArgs, RemoveFamilyMemberArgs } from './dto/family.args';
import { FamilyMemberType } from './dto/family-member.type';
import { toFamilyMember } from './family-member.mapper';
import { FamilyService } from './family.service';

@Resolver()
export class FamilyResolver {
  constructor(
    private readonly family: FamilyService,
    private readonly cipher: PiiCipher,
  ) {}

  @Query(() => [FamilyMemberType], {
    description: "The signed-in citizen's family members (代办), in the order they were added",
  })
  @Access('CITIZEN')
  async familyMembers(@CurrentUser() user: AuthUser): Promise<FamilyMemberType[]> {
    const rows = await this.family.list(user.userId);
    return rows.map((row) => toFamilyMember(row, this.cipher));
  }

  @Mutation(() => FamilyMemberType, { description: 'Adds a family member to act for' })
  @Access('CITIZEN')
  async addFamilyMember(
    @CurrentUser() user: AuthUser,
    @Args() { input }: AddFamilyMemberArgs,
  ): Promise<FamilyMemberType> {
    return toFamilyMember(await this.family.add(user.userId, input), this.cipher);
  }

  @Mutation(() => Boolean, { description: 'Removes one of your family members' })
  @Access('CITIZEN')
  async removeFamilyMember(
    @CurrentUser() user: AuthUser,
    @Args() { id }: RemoveFamilyMemberArgs,
  ): Promise<boolean> {
    await this.family.remove(user.userId, id);
    return true;
  }
}
