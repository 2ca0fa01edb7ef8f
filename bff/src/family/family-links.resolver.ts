import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../auth/auth-user';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PiiCipher } from '../common/pii/pii-cipher';
import { RespondToFamilyLinkArgs, RevokeFamilyLinkArgs } from './dto/family.args';
import { FamilyLinkToMeType } from './dto/family-link-to-me.type';
import { toFamilyLinkToMe } from './family-member.mapper';
import { FamilyService } from './family.service';

/**
 * The member's side of family links: who added me, confirm or decline, revoke. Only the member
 * reaches a link here (the service scopes by their account and ID number); anyone else gets
 * NOT_FOUND, as for a link that does not exist.
 */
@Resolver()
export class FamilyLinksResolver {
  constructor(
    private readonly family: FamilyService,
    private readonly cipher: PiiCipher,
  ) {}

  @Query(() => [FamilyLinkToMeType], {
    description:
      'Who added the signed-in citizen as a family member (newest first); empty before real-name',
  })
  @Access('CITIZEN')
  async familyLinksToMe(@CurrentUser() user: AuthUser): Promise<FamilyLinkToMeType[]> {
    const links = await this.family.linksToMe(user.userId);
    return links.map((link) => toFamilyLinkToMe(link, this.cipher));
  }

  @Mutation(() => FamilyLinkToMeType, {
    description:
      'Confirms (accept: true) or declines a pending request to act for the signed-in citizen',
  })
  @Access('CITIZEN')
  async respondToFamilyLink(
    @CurrentUser() user: AuthUser,
    @Args() { id, accept }: RespondToFamilyLinkArgs,
  ): Promise<FamilyLinkToMeType> {
    return toFamilyLinkToMe(await this.family.respond(user.userId, id, accept), this.cipher);
  }

  @Mutation(() => FamilyLinkToMeType, {
    description: 'Withdraws the consent to be acted for (a confirmed link or one made without it)',
  })
  @Access('CITIZEN')
  async revokeFamilyLink(
    @CurrentUser() user: AuthUser,
    @Args() { id }: RevokeFamilyLinkArgs,
  ): Promise<FamilyLinkToMeType> {
    return toFamilyLinkToMe(await this.family.revoke(user.userId, id), this.cipher);
  }
}
