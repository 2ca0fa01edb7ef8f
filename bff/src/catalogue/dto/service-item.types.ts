import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ThemeSummaryType } from '../../themes/dto/theme-summary.type';
import { CatalogueFreshnessType } from './catalogue-freshness.type';
import { FaqEntryType, FeeType, ItemResultType, ProcessStepType } from './guide.types';
import { MaterialType } from './material.types';

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

@ObjectType('ServiceItemDetail', { description: 'The whole guide of one item (办事指南)' })
export class ServiceItemDetailType extends ServiceItemSummaryType {
  @Field(() => Int, { description: '法定办结时限, working days' }) statutoryDays: number;
  @Field(() => [String], { description: '受理条件' }) conditions: string[];
  @Field(() => [String]) topics: string[];
  @Field(() => [String]) lifeEvents: string[];
  @Field(() => [String], { description: '设定依据' }) legalBasis: string[];
  @Field(() => [MaterialType]) materials: MaterialType[];
  @Field(() => [ProcessStepType]) steps: ProcessStepType[];
  @Field(() => [FeeType]) fees: FeeType[];
  @Field({ description: 'True when the item costs nothing' }) free: boolean;
  @Field({ description: '网上预审 available' }) preReview: boolean;
  @Field(() => String, { nullable: true, description: 'Where to apply online' })
  onlineUrl: string | null;
  @Field() zone: string;
  @Field() window: string;
  @Field() officeHours: string;
  @Field() phone: string;
  @Field(() => [FaqEntryType]) faq: FaqEntryType[];
  @Field(() => [ItemResultType]) results: ItemResultType[];
  @Field(() => [String], { description: '窗口领取 / 政务专递 / 电子证照 / 自助打印' })
  deliveryOptions: string[];
  @Field({ description: 'Queue/booking category (A–H)' }) businessCategory: string;
  @Field(() => [ThemeSummaryType], { description: '一件事 themes that include the item' })
  themes: ThemeSummaryType[];
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}
