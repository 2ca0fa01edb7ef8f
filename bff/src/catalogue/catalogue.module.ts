import { Module } from '@nestjs/common';
import { ApprovalModule } from '../approval/approval.module';
import { CatalogueSyncService } from './catalogue-sync.service';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { CatalogueStore } from './catalogue.store';

@Module({
  imports: [ApprovalModule],
  providers: [
    CatalogueStore,
    CatalogueRepository,
    CatalogueSyncService,
    CatalogueService,
    CatalogueResolver,
  ],
  exports: [CatalogueService, CatalogueSyncService],
})
export class CatalogueModule {}
