import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { catalogueFreshness, rankHotItems, type CatalogueFreshness } from '@shizhong/domain';
import type { ServiceItemRecord } from '../approval/approval.types';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueStore } from './catalogue.store';

const VIEW_FLUSH_INTERVAL_MS = 10_000;

/** Citizen reads of the catalogue, all from memory; item views feed the 热门事项 ranking. */
@Injectable()
export class CatalogueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CatalogueService.name);
  private pendingViews = new Map<string, number>();
  private views = new Map<string, number>();
  private pendingSearches = new Map<string, number>();
  private searches = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: CatalogueStore,
    private readonly repository: CatalogueRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.views = await this.repository.loadViews();
    this.searches = await this.repository.loadSearches();
    this.timer = setInterval(() => void this.flushViews(), VIEW_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flushViews();
  }

  freshness(now = new Date()): CatalogueFreshness {
    const status = this.store.overallStatus();
    return catalogueFreshness(
      status.lastSuccessAt,
      status.lastAttemptFailed,
      now,
      this.config.CATALOGUE_MAX_AGE_SECONDS,
    );
  }

  hotItems(limit: number): ServiceItemRecord[] {
    const candidates = [...this.store.items.values()].map((item) => ({
      code: item.code,
      item,
      views: this.views.get(item.code) ?? 0,
      searches: this.searches.get(item.code) ?? 0,
      featured: item.hot,
      themeCount: this.store.themeCount(item.code),
    }));
    return rankHotItems(candidates, limit).map((candidate) => candidate.item);
  }

  /** The item, counting the view for 热门事项; null when the catalogue has no such item. */
  viewItem(code: string): ServiceItemRecord | null {
    const item = this.store.items.get(code) ?? null;
    if (item) this.pendingViews.set(code, (this.pendingViews.get(code) ?? 0) + 1);
    return item;
  }

  /** Counts a search whose first hit was the item, for 热门事项 (written with the views). */
  recordSearchHit(code: string): void {
    if (this.store.items.has(code))
      this.pendingSearches.set(code, (this.pendingSearches.get(code) ?? 0) + 1);
  }

  /** Writes counted views and searches to the database and reloads the totals of every instance. */
  async flushViews(): Promise<void> {
    const deltas = this.pendingViews;
    const searchDeltas = this.pendingSearches;
    this.pendingViews = new Map();
    this.pendingSearches = new Map();
    try {
      await this.repository.addViews(deltas);
      await this.repository.addSearches(searchDeltas);
      this.views = await this.repository.loadViews();
      this.searches = await this.repository.loadSearches();
    } catch (error) {
      for (const [code, delta] of deltas)
        this.pendingViews.set(code, (this.pendingViews.get(code) ?? 0) + delta);
      for (const [code, delta] of searchDeltas)
        this.pendingSearches.set(code, (this.pendingSearches.get(code) ?? 0) + delta);
      this.logger.warn(
        { error: (error as Error).message },
        'could not record item views; will retry',
      );
    }
  }
}
