import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ThemesModule } from '../themes/themes.module';
import { ChecklistService } from './checklist.service';
import { ChecklistsResolver } from './checklists.resolver';
import { SavedChecklistsResolver } from './saved-checklists.resolver';
import { SavedChecklistsService } from './saved-checklists.service';
import { SharedChecklistRepository } from './shared-checklist.repository';

@Module({
  imports: [CatalogueModule, ThemesModule],
  providers: [
    SharedChecklistRepository,
    ChecklistService,
    ChecklistsResolver,
    SavedChecklistsService,
    SavedChecklistsResolver,
  ],
})
export class ChecklistsModule {}
