import { Args, Query, Resolver } from '@nestjs/graphql';
import { toThemeSummary } from '../themes/theme.mapper';
import { CatalogueBrowseService } from './catalogue-browse.service';
import { CatalogueService } from './catalogue.service';
import { HotServiceItemsArgs, ServiceItemArgs } from './dto/catalogue.args';
import { HotServiceItemsType, ServiceItemDetailType } from './dto/service-item.types';
import { toServiceItemDetail, toServiceItemSummary } from './service-item.mapper';
import { Access } from '../auth/access.decorator';

@Access('PUBLIC')
@Resolver()
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly browser: CatalogueBrowseService,
  ) {}

  @Query(() => HotServiceItemsType, {
    description: '热门事项: the most viewed items, served from the cached catalogue',
    complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 6) * childComplexity,
  })
  hotServiceItems(@Args() { limit }: HotServiceItemsArgs): HotServiceItemsType {
    return {
      items: this.catalogue.hotItems(limit).map(toServiceItemSummary),
      freshness: this.catalogue.freshness(),
    };
  }

  @Query(() => ServiceItemDetailType, {
    nullable: true,
    description: 'One item; null when there is no such item',
  })
  serviceItem(@Args() { code }: ServiceItemArgs): ServiceItemDetailType | null {
    const item = this.catalogue.viewItem(code);
    if (!item) return null;
    const themes = this.browser.themesOfItem(item.code).map(toThemeSummary);
    return toServiceItemDetail(item, themes, this.catalogue.freshness());
  }
}
