import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { SearchIndexService } from './search-index.service';
import { SearchLogService } from './search-log.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [CatalogueModule],
  providers: [SearchIndexService, SearchLogService, SearchService, SearchResolver],
  exports: [SearchLogService],
})
export class SearchModule {}
