import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ApprovalClient } from '../approval/approval.client';
import type { CatalogueRecord } from '../approval/approval.types';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { CatalogueKind } from './catalogue-entry.entity';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueStore } from './catalogue.store';

const RESOURCES: Record<CatalogueKind, string> = {
  department: 'departments',
  'service-item': 'service-items',
  theme: 'themes',
};
const SYNC_ORDER: CatalogueKind[] = ['department', 'service-item', 'theme'];
const PAGE_SIZE = 200;

export interface SyncResult {
  ok: boolean;
  changed: Record<CatalogueKind, number>;
  error?: string;
}

/**
 * Keeps the catalogue current: at start-up it loads the last good copy from the database, then
 * asks the approval backend for what changed since the last sync — at start, every
 * CATALOGUE_SYNC_INTERVAL_MS, and on demand. A failed sync leaves the last good copy in place.
 */
@Injectable()
export class CatalogueSyncService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CatalogueSyncService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SyncResult> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly approval: ApprovalClient,
    private readonly repository: CatalogueRepository,
    private readonly store: CatalogueStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.loadLastGoodCopy();
    if (this.store.items.size === 0) {
      // Nothing to serve yet: wait for the first sync (bounded by the client's time-outs).
      await this.syncNow();
    } else {
      void this.syncNow();
    }
    this.timer = setInterval(() => void this.syncNow(), this.config.CATALOGUE_SYNC_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs one incremental sync of every kind; concurrent callers share the running one. */
  syncNow(): Promise<SyncResult> {
    this.running ??= this.syncAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loadLastGoodCopy(): Promise<void> {
    const [entries, states] = await Promise.all([
      this.repository.loadEntries(),
      this.repository.loadStates(),
    ]);
    for (const kind of SYNC_ORDER) {
      this.store.apply(
        kind,
        entries.filter((entry) => entry.kind === kind).map((entry) => entry.record),
      );
    }
    for (const state of states) {
      this.store.setStatus(state.kind, {
        lastSuccessAt: state.lastSuccessAt,
        lastAttemptFailed: state.lastError !== null,
      });
    }
  }

  private async syncAll(): Promise<SyncResult> {
    const changed: Record<CatalogueKind, number> = { department: 0, 'service-item': 0, theme: 0 };
    for (const kind of SYNC_ORDER) {
      try {
        changed[kind] = await this.syncKind(kind);
      } catch (error) {
        const message = (error as Error).message;
        this.logger.warn(
          { kind, error: message },
          'catalogue sync failed; serving the last good copy',
        );
        return { ok: false, changed, error: message };
      }
    }
    this.logger.log({ changed }, 'catalogue synced');
    return { ok: true, changed };
  }

  private async syncKind(kind: CatalogueKind): Promise<number> {
    const attemptAt = new Date();
    const previous = await this.repository.getState(kind);
    const since = previous?.changedSince ?? undefined;
    let newest = since;
    let changed = 0;
    try {
      for (let page = 1; ; page += 1) {
        const result = await this.approval.listPage<CatalogueRecord>(
          RESOURCES[kind],
          page,
          PAGE_SIZE,
          since,
        );
        if (result.items.length > 0) {
          await this.repository.applyChanges(kind, result.items);
          this.store.apply(kind, result.items);
          changed += result.items.length;
          for (const record of result.items) {
            if (!newest || Date.parse(record.updatedAt) > Date.parse(newest))
              newest = record.updatedAt;
          }
        }
        if (result.items.length === 0 || page * result.pageSize >= result.total) break;
      }
    } catch (error) {
      const lastError = (error as Error).message.slice(0, 500);
      await this.repository.saveState({
        kind,
        changedSince: previous?.changedSince ?? null,
        lastSuccessAt: previous?.lastSuccessAt ?? null,
        lastAttemptAt: attemptAt,
        lastError,
      });
      this.store.setStatus(kind, {
        lastSuccessAt: previous?.lastSuccessAt ?? null,
        lastAttemptFailed: true,
      });
      throw error;
    }
    await this.repository.saveState({
      kind,
      changedSince: newest ?? null,
      lastSuccessAt: attemptAt,
      lastAttemptAt: attemptAt,
      lastError: null,
    });
    this.store.setStatus(kind, { lastSuccessAt: attemptAt, lastAttemptFailed: false });
    return changed;
  }
}
