import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchCatalogueArgs, SearchSuggestionsArgs } from './dto/search.args';
import { SearchResultType, SearchSuggestionType } from './dto/search.types';
import { SearchService } from './search.service';
import { Access } from '../auth/access.decorator';

@Access('PUBLIC')
@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchResultType, {
    description:
      'Searches items and 一件事 themes by name, synonym, pinyin, initials, one typo, material or department; an empty query gives the hot items',
  })
  searchCatalogue(@Args() { query, limit }: SearchCatalogueArgs): SearchResultType {
    return this.search.search(query, limit);
  }

  @Query(() => [SearchSuggestionType], {
    description: 'Suggestions while typing: names matching the prefix, its pinyin or initials',
  })
  searchSuggestions(@Args() { prefix, limit }: SearchSuggestionsArgs): SearchSuggestionType[] {
    return this.search.suggest(prefix, limit);
  }
}
