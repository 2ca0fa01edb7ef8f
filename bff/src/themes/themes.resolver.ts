import { Args, Query, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ThemeArgs } from './dto/theme.args';
import { ThemeSummaryType } from './dto/theme-summary.type';
import { ThemeDetailType } from './dto/theme.types';
import { toThemeDetail, toThemeSummary } from './theme.mapper';
import { ThemeService } from './theme.service';
import { Access } from '../auth/access.decorator';

@Access('PUBLIC')
@Resolver()
export class ThemesResolver {
  constructor(
    private readonly themeService: ThemeService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [ThemeSummaryType], { description: '一件事 themes' })
  themes(): ThemeSummaryType[] {
    return this.themeService.list().map(toThemeSummary);
  }

  @Query(() => ThemeDetailType, {
    nullable: true,
    description: 'One theme with its merged materials, flow and saving; null when unknown',
  })
  theme(@Args() { code }: ThemeArgs): ThemeDetailType | null {
    const view = this.themeService.view(code);
    return view ? toThemeDetail(view, this.catalogue.freshness()) : null;
  }
}
