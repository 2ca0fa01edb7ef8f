import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { ActingForService } from './acting-for.service';
import { FamilyLinksResolver } from './family-links.resolver';
import { FamilyResolver } from './family.resolver';
import { FamilyService } from './family.service';

/**
 * Family members a citizen acts for (代办), the member's consent to it, and ActingForService:
 * who an action is for, and who may see the records made that way.
 */
@Module({
  imports: [ProfilesModule],
  providers: [FamilyService, ActingForService, FamilyResolver, FamilyLinksResolver],
  exports: [ActingForService],
})
export class FamilyModule {}
