import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PiiAccessAuditArgs } from './dto/pii-access-audit.args';
import { PiiAccessAuditPageType } from './dto/pii-access-audit.types';
import { RevealPersonalDataArgs } from './dto/reveal-personal-data.args';
import { PersonalDataRevealService } from './personal-data-reveal.service';
import { PiiAccessAuditService } from './pii-access-audit.service';
import { toPiiAccessAuditEntry } from './pii-access-audit.mapper';

@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly reveals: PersonalDataRevealService,
    private readonly audit: PiiAccessAuditService,
  ) {}

  @Mutation(() => String, {
    description:
      'The whole personal value of a record of your hall (system admins: any hall), with a reason of 5–200 characters; every reveal is audited',
  })
  @Access('STAFF')
  async revealPersonalData(
    @CurrentUser() user: AuthUser,
    @Args() { subject, field, reason }: RevealPersonalDataArgs,
  ): Promise<string> {
    return this.reveals.reveal(user, subject, field, reason);
  }

  @Query(() => PiiAccessAuditPageType, {
    description:
      "Reveals of personal data, newest first: hall admins see their hall's records, system admins all",
  })
  @Access('HALL_ADMIN')
  async piiAccessAudit(
    @CurrentUser() user: AuthUser,
    @Args() { filter, offset, limit }: PiiAccessAuditArgs,
  ): Promise<PiiAccessAuditPageType> {
    const { total, items } = await this.audit.list(user, { ...filter, offset, limit });
    return { total, offset, limit, items: items.map(toPiiAccessAuditEntry) };
  }
}
