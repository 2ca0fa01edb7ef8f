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

/** Distinct queries whose ranked hits are kept; most searches repeat a few hundred queries. */
const CACHED_QUERIES = 2000;

/** Catalogue search, all in memory: validates and normalises, ranks, logs anonymously. */
@Injectable()
export class SearchService {
  private readonly cache = new Map<string, IndexHit[]>();
  private cacheVersion = -1;

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
    const hits = this.rankedHits('search', query);
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
    return this.rankedHits('suggest', query)
      .slice(0, limit)
      .map(({ entry }) => ({
        text: entry.name,
        kind: SearchHitKind[entry.kind],
        code: entry.code,
      }));
  }

  /**
   * Ranked hits of a normalised query, remembered until the catalogue changes, so a repeated
   * query costs a map lookup instead of a scan of every entry.
   */
  private rankedHits(purpose: 'search' | 'suggest', query: string): IndexHit[] {
    if (this.cacheVersion !== this.index.version) {
      this.cache.clear();
      this.cacheVersion = this.index.version;
    }
    const key = `${purpose}\u0000${query}`;
    let hits = this.cache.get(key);
    if (!hits) {
      const prepared = prepareQuery(query, expandSynonyms(query));
      hits =
        purpose === 'search'
          ? this.index.search(prepared)
          : this.index.search(prepared, (match) => SUGGESTION_MATCHES.has(match));
      if (this.cache.size >= CACHED_QUERIES) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(key, hits);
    }
    return hits;
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
