import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_HOT_ITEMS = 20;

@ArgsType()
export class HotServiceItemsArgs {
  @Field(() => Int, { defaultValue: 6 })
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_HOT_ITEMS, { message: `每次最多显示 ${MAX_HOT_ITEMS} 个事项` })
  limit: number;
}

@ArgsType()
export class ServiceItemArgs {
  @Field()
  @MaxLength(64, { message: '事项编码过长' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '事项编码格式不正确' })
  code: string;
}
