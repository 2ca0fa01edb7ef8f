import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CatalogueFreshnessType } from '../../catalogue/dto/catalogue-freshness.type';

export enum SearchHitKind {
  ITEM = 'ITEM',
  THEME = 'THEME',
}
registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'A service item or an 一件事 theme',
});

export enum SearchMatch {
  NAME = 'NAME',
  SYNONYM = 'SYNONYM',
  PINYIN = 'PINYIN',
  INITIALS = 'INITIALS',
  TYPO = 'TYPO',
  MATERIAL = 'MATERIAL',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a hit matched the query, best first (hot items in a fallback count as NAME)',
});

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => SearchHitKind) kind: SearchHitKind;
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'null for a theme' })
  departmentName: string | null;
  @Field(() => SearchMatch) match: SearchMatch;
}

@ObjectType('SearchResult')
export class SearchResultType {
  @Field({ description: 'The query as it was searched: normalised' }) query: string;
  @Field(() => [SearchHitType]) hits: SearchHitType[];
  @Field(() => Int, { description: 'All hits, of which `hits` are the first `limit`' })
  totalCount: number;
  @Field({ description: 'True when the query was empty and the hits are the hot items' })
  hotFallback: boolean;
  @Field(() => CatalogueFreshnessType) freshness: CatalogueFreshnessType;
}

@ObjectType('SearchSuggestion')
export class SearchSuggestionType {
  @Field() text: string;
  @Field(() => SearchHitKind) kind: SearchHitKind;
  @Field() code: string;
}
