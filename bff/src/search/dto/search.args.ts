import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';

export const MAX_SEARCH_HITS = 50;
export const MAX_SUGGESTIONS = 10;

@ArgsType()
export class SearchCatalogueArgs {
  @Field({ description: '搜索词; empty or blank gives the hot items' })
  @IsString({ message: '搜索内容必须是文字' })
  query: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_SEARCH_HITS, { message: `每次最多显示 ${MAX_SEARCH_HITS} 条结果` })
  limit: number;
}

@ArgsType()
export class SearchSuggestionsArgs {
  @Field({ description: 'What the user has typed so far' })
  @IsString({ message: '搜索内容必须是文字' })
  prefix: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_SUGGESTIONS, { message: `最多显示 ${MAX_SUGGESTIONS} 条提示` })
  limit: number;
}
