import { Global, Module } from '@nestjs/common';
import { PersonalDataResolver } from './personal-data.resolver';
import { PersonalDataRevealService } from './personal-data-reveal.service';
import { PersonalDataSubjectRegistry } from './personal-data-subject.registry';
import { PiiAccessAuditService } from './pii-access-audit.service';

/**
 * Staff reveals of whole personal values (with a reason, audited) and the audit for admins.
 * Global, so that any feature can register its kind of record with PersonalDataSubjectRegistry.
 */
@Global()
@Module({
  providers: [
    PersonalDataSubjectRegistry,
    PersonalDataRevealService,
    PiiAccessAuditService,
    PersonalDataResolver,
  ],
  exports: [PersonalDataSubjectRegistry],
})
export class PersonalDataModule {}
