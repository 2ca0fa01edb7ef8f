import { Module } from '@nestjs/common';
import { ApprovalModule } from '../approval/approval.module';
import { BrowseResolver } from './browse.resolver';
import { CatalogueBrowseService } from './catalogue-browse.service';
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
    CatalogueBrowseService,
    BrowseResolver,
  ],
  exports: [CatalogueService, CatalogueSyncService, CatalogueStore, CatalogueBrowseService],
})
export class CatalogueModule {}
