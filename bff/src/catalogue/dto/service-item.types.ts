import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CatalogueFreshnessType } from './catalogue-freshness.type';

@ObjectType('ServiceItemSummary')
export class ServiceItemSummaryType {
  @Field() code: string;
  @Field() name: string;
  @Field() departmentName: string;
  @Field() type: string;
  @Field(() => [String]) audiences: string[];
  @Field(() => Int) visitsNeeded: number;
  @Field() fullyOnline: boolean;
  @Field(() => Int) committedDays: number;
}

@ObjectType('HotServiceItems')
export class HotServiceItemsType {
  @Field(() => [ServiceItemSummaryType]) items: ServiceItemSummaryType[];
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}

@ObjectType('MaterialSummary')
export class MaterialSummaryType {
  @Field() code: string;
  @Field() name: string;
  @Field() required: boolean;
}

@ObjectType('ServiceItemDetail')
export class ServiceItemDetailType extends ServiceItemSummaryType {
  @Field(() => Int) statutoryDays: number;
  @Field(() => [String]) conditions: string[];
  @Field(() => [MaterialSummaryType]) materials: MaterialSummaryType[];
  @Field() zone: string;
  @Field() window: string;
  @Field() phone: string;
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}
