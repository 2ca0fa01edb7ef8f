import { Injectable } from '@nestjs/common';
import {
  MAX_QUERY_LENGTH,
  expandSynonyms,
  normaliseQuery,
  prepareQuery,
  type SearchMatchKind,
} from '@shizhong/domain';
import { CatalogueService } from '../catalogue/catalogue.service';
import { AppError } from '../common/errors/app.error';
import {
  SearchHitKind,
  SearchMatch,
  type SearchHitType,
  type SearchResultType,
  type SearchSuggestionType,
} from './dto/search.types';
import { SearchIndexService, type IndexHit } from './search-index.service';
import { SearchLogService } from './search-log.service';

/** Raw input longer than this is refused before it is even normalised. */
const MAX_RAW_LENGTH = MAX_QUERY_LENGTH * 10;
const SUGGESTION_MATCHES: ReadonlySet<SearchMatchKind> = new Set([
  'NAME',
  'SYNONYM',
  'PINYIN',
  'INITIALS',
]);

/** Catalogue search, all in memory: validates and normalises, ranks, logs anonymously. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndexService,
    private readonly catalogue: CatalogueService,
    private readonly log: SearchLogService,
  ) {}

  search(raw: string, limit: number): SearchResultType {
    const query = normalise(raw);
    const freshness = this.catalogue.freshness();
    if (query.length === 0) {
      const hot = this.catalogue.hotItems(limit);
      return {
        query,
        hits: hot.map((item) => ({
          kind: SearchHitKind.ITEM,
          code: item.code,
          name: item.name,
          departmentName: item.departmentName,
          match: SearchMatch.NAME,
        })),
        totalCount: hot.length,
        hotFallback: true,
        freshness,
      };
    }
    const hits = this.index.search(prepareQuery(query, expandSynonyms(query)));
    this.log.record(query, hits.length);
    const top = hits[0];
    if (top?.entry.kind === 'ITEM') this.catalogue.recordSearchHit(top.entry.code);
    return {
      query,
      hits: hits.slice(0, limit).map(toHit),
      totalCount: hits.length,
      hotFallback: false,
      freshness,
    };
  }

  /** Names that match what has been typed so far, by name, synonym, pinyin or initials. */
  suggest(raw: string, limit: number): SearchSuggestionType[] {
    const query = normalise(raw);
    if (query.length === 0) return [];
    return this.index
      .search(prepareQuery(query, expandSynonyms(query)), (match) => SUGGESTION_MATCHES.has(match))
      .slice(0, limit)
      .map(({ entry }) => ({
        text: entry.name,
        kind: SearchHitKind[entry.kind],
        code: entry.code,
      }));
  }
}

function normalise(raw: string): string {
  if (raw.length > MAX_RAW_LENGTH) throw new AppError('QUERY_TOO_LONG');
  const result = normaliseQuery(raw);
  if (!result.ok) throw new AppError(result.code);
  return result.query;
}

function toHit({ entry, match }: IndexHit): SearchHitType {
  return {
    kind: SearchHitKind[entry.kind],
    code: entry.code,
    name: entry.name,
    departmentName: entry.departmentName,
    match: SearchMatch[match],
  };
}
