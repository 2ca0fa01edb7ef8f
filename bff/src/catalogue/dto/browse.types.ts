import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CatalogueFreshnessType } from './catalogue-freshness.type';
import { ServiceItemSummaryType } from './service-item.types';

export enum AudienceType {
  INDIVIDUAL = 'INDIVIDUAL',
  LEGAL_PERSON = 'LEGAL_PERSON',
}
registerEnumType(AudienceType, {
  name: 'Audience',
  description: 'Who an item serves: 个人 (INDIVIDUAL) or 法人 (LEGAL_PERSON)',
});

@ObjectType('Department', { description: 'A department with items in the hall' })
export class DepartmentType {
  @Field() code: string;
  @Field() name: string;
  @Field() shortName: string;
  @Field() phone: string;
  @Field(() => Int, { description: 'Active items of the department' }) itemCount: number;
}

@ObjectType('Facet', { description: 'A browse value with how many items have it' })
export class FacetType {
  @Field() name: string;
  @Field(() => Int) count: number;
}

@ObjectType('CatalogueFacets')
export class CatalogueFacetsType {
  @Field(() => [FacetType], { description: 'Topics (主题), most items first' }) topics: FacetType[];
  @Field(() => [FacetType], { description: 'Life events (人生事), most items first' })
  lifeEvents: FacetType[];
}

@ObjectType('ServiceItemPage')
export class ServiceItemPageType {
  @Field(() => [ServiceItemSummaryType]) items: ServiceItemSummaryType[];
  @Field(() => Int, { description: 'Items matching the filter, on all pages' }) totalCount: number;
  @Field() hasMore: boolean;
  @Field(() => Int, { nullable: true, description: 'Offset of the next page; null on the last' })
  nextOffset: number | null;
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}
