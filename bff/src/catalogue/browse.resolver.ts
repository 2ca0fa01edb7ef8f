import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AudienceName } from '../approval/approval.types';
import { CatalogueBrowseService } from './catalogue-browse.service';
import { CatalogueService } from './catalogue.service';
import { BrowseServiceItemsArgs } from './dto/browse.args';
import {
  AudienceType,
  CatalogueFacetsType,
  DepartmentType,
  ServiceItemPageType,
} from './dto/browse.types';
import { toServiceItemSummary } from './service-item.mapper';
import { Access } from '../auth/access.decorator';

const AUDIENCE_NAMES: Record<AudienceType, AudienceName> = {
  [AudienceType.INDIVIDUAL]: '个人',
  [AudienceType.LEGAL_PERSON]: '法人',
};

@Access('PUBLIC')
@Resolver()
export class BrowseResolver {
  constructor(
    private readonly browser: CatalogueBrowseService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [DepartmentType], { description: 'Departments, each with its number of items' })
  departments(): DepartmentType[] {
    return this.browser.departments().map(({ department, itemCount }) => ({
      code: department.code,
      name: department.name,
      shortName: department.shortName,
      phone: department.phone,
      itemCount,
    }));
  }

  @Query(() => CatalogueFacetsType, { description: 'Topics and life events to browse by' })
  catalogueFacets(): CatalogueFacetsType {
    return this.browser.facets();
  }

  @Query(() => ServiceItemPageType, {
    description: 'Items by department, audience, topic and life event; sorted by department, name',
  })
  browseServiceItems(
    @Args() { filter, offset, limit }: BrowseServiceItemsArgs,
  ): ServiceItemPageType {
    const page = this.browser.browse(
      {
        departmentCode: filter?.departmentCode,
        audience: filter?.audience ? AUDIENCE_NAMES[filter.audience] : null,
        topic: filter?.topic,
        lifeEvent: filter?.lifeEvent,
      },
      offset,
      limit,
    );
    return {
      items: page.items.map(toServiceItemSummary),
      totalCount: page.totalCount,
      hasMore: page.nextOffset !== null,
      nextOffset: page.nextOffset,
      freshness: this.catalogue.freshness(),
    };
  }
}
