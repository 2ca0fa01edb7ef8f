import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CatalogueFreshnessType } from '../../catalogue/dto/catalogue-freshness.type';
import { ItemRefType } from '../../catalogue/dto/item-ref.type';
import { MaterialFormsType } from '../../catalogue/dto/material.types';
import { ServiceItemSummaryType } from '../../catalogue/dto/service-item.types';

@ObjectType('MergedMaterial', { description: 'One material of a theme, merged across its items' })
export class MergedMaterialType {
  @Field() code: string;
  @Field() name: string;
  @Field({ description: 'True when any item of the theme requires it' }) required: boolean;
  @Field(() => String, { nullable: true }) condition: string | null;
  @Field(() => MaterialFormsType) forms: MaterialFormsType;
  @Field(() => Int, { description: 'The most any item asks for' }) originalCopies: number;
  @Field(() => Int, { description: 'The most any item asks for' }) copyCopies: number;
  @Field() source: string;
  @Field(() => String, { nullable: true }) blankFormUrl: string | null;
  @Field(() => String, { nullable: true }) sampleUrl: string | null;
  @Field(() => [ItemRefType], { description: '用于: the items that need it, in theme order' })
  usedBy: ItemRefType[];
}

@ObjectType('ThemeStage', { description: 'One stage of a theme flow' })
export class ThemeStageType {
  @Field() stage: string;
  @Field(() => [ItemRefType]) items: ItemRefType[];
  @Field({ description: 'True when its items are handled at the same time (并联审批)' })
  parallel: boolean;
}

@ObjectType('ThemeSaving', { description: 'Computed from the data: items one by one vs the theme' })
export class ThemeSavingType {
  @Field(() => Int) materialsBefore: number;
  @Field(() => Int) materialsAfter: number;
  @Field(() => Int) stepsBefore: number;
  @Field(() => Int) stepsAfter: number;
  @Field(() => Int) daysBefore: number;
  @Field(() => Int) daysAfter: number;
}

@ObjectType('ThemeDetail', { description: 'A 一件事 theme: one material list, one flow, one time' })
export class ThemeDetailType {
  @Field() code: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => [ServiceItemSummaryType]) items: ServiceItemSummaryType[];
  @Field(() => [MergedMaterialType]) materials: MergedMaterialType[];
  @Field(() => [ThemeStageType]) flow: ThemeStageType[];
  @Field(() => Int, { description: 'Working days for the whole theme' }) committedDays: number;
  @Field(() => ThemeSavingType) saving: ThemeSavingType;
  @Field() zone: string;
  @Field() window: string;
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}
