import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AudienceType } from './browse.types';

export const MAX_BROWSE_PAGE = 50;
export const MAX_BROWSE_OFFSET = 10_000;
/** A tag: Chinese text without control characters or markup. */
const TAG = /^[^\p{Cc}<>]+$/u;

@InputType('ServiceItemFilter', { description: 'Every given value must match' })
export class ServiceItemFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32, { message: '部门编码过长' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '部门编码格式不正确' })
  departmentCode?: string | null;

  @Field(() => AudienceType, { nullable: true })
  @IsOptional()
  @IsEnum(AudienceType, { message: '服务对象只能是个人或法人' })
  audience?: AudienceType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20, { message: '主题过长' })
  @Matches(TAG, { message: '主题格式不正确' })
  topic?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20, { message: '人生事件过长' })
  @Matches(TAG, { message: '人生事件格式不正确' })
  lifeEvent?: string | null;
}

@ArgsType()
export class BrowseServiceItemsArgs {
  @Field(() => ServiceItemFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceItemFilterInput)
  filter?: ServiceItemFilterInput | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: '起始位置必须是整数' })
  @Min(0, { message: '起始位置不能小于 0' })
  @Max(MAX_BROWSE_OFFSET, { message: '起始位置过大' })
  offset: number;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_BROWSE_PAGE, { message: `每页最多显示 ${MAX_BROWSE_PAGE} 个事项` })
  limit: number;
}
