import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ThemesModule } from '../themes/themes.module';
import { ChecklistService } from './checklist.service';
import { ChecklistsResolver } from './checklists.resolver';
import { SharedChecklistRepository } from './shared-checklist.repository';

@Module({
  imports: [CatalogueModule, ThemesModule],
  providers: [SharedChecklistRepository, ChecklistService, ChecklistsResolver],
})
export class ChecklistsModule {}
