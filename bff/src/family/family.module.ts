import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { FamilyResolver } from './family.resolver';
import { FamilyService } from './family.service';

/** Family members a citizen acts for (代办). */
@Module({
  imports: [ProfilesModule],
  providers: [FamilyService, FamilyResolver],
})
export class FamilyModule {}
