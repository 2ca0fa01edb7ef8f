import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ThemeService } from './theme.service';
import { ThemesResolver } from './themes.resolver';

@Module({
  imports: [CatalogueModule],
  providers: [ThemeService, ThemesResolver],
  exports: [ThemeService],
})
export class ThemesModule {}
