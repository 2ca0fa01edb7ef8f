import { Injectable } from '@nestjs/common';
import type {
  CatalogueRecord,
  DepartmentRecord,
  ServiceItemRecord,
  ThemeRecord,
} from '../approval/approval.types';
import type { CatalogueKind } from './catalogue-entry.entity';

export interface KindSyncStatus {
  lastSuccessAt: Date | null;
  lastAttemptFailed: boolean;
}

/**
 * The catalogue in memory: what every citizen read is served from. Filled from the database at
 * start-up and kept current by the sync; a request never waits for the approval backend.
 */
@Injectable()
export class CatalogueStore {
  readonly departments = new Map<string, DepartmentRecord>();
  readonly items = new Map<string, ServiceItemRecord>();
  readonly themes = new Map<string, ThemeRecord>();
  private readonly themeCounts = new Map<string, number>();
  private readonly status = new Map<CatalogueKind, KindSyncStatus>();
  private readonly listeners: ((kind: CatalogueKind) => void)[] = [];

  apply(kind: CatalogueKind, records: readonly CatalogueRecord[]): void {
    const target = this.mapOf(kind);
    for (const record of records) {
      if (record.status === 'withdrawn') target.delete(record.code);
      else target.set(record.code, record);
    }
    if (kind === 'theme') this.recountThemes();
    for (const listener of this.listeners) listener(kind);
  }

  /** Calls `listener` after every change of the catalogue (e.g. to rebuild the search index). */
  onChange(listener: (kind: CatalogueKind) => void): void {
    this.listeners.push(listener);
  }

  /** How many active 一件事 themes include an item. */
  themeCount(itemCode: string): number {
    return this.themeCounts.get(itemCode) ?? 0;
  }

  setStatus(kind: CatalogueKind, status: KindSyncStatus): void {
    this.status.set(kind, status);
  }

  /** The oldest successful sync over all kinds, and whether any newest attempt failed. */
  overallStatus(): KindSyncStatus {
    const kinds: CatalogueKind[] = ['department', 'service-item', 'theme'];
    let lastSuccessAt: Date | null = null;
    let lastAttemptFailed = false;
    for (const kind of kinds) {
      const status = this.status.get(kind);
      if (!status?.lastSuccessAt)
        return { lastSuccessAt: null, lastAttemptFailed: status?.lastAttemptFailed ?? false };
      if (!lastSuccessAt || status.lastSuccessAt < lastSuccessAt)
        lastSuccessAt = status.lastSuccessAt;
      lastAttemptFailed ||= status.lastAttemptFailed;
    }
    return { lastSuccessAt, lastAttemptFailed };
  }

  private mapOf(kind: CatalogueKind): Map<string, CatalogueRecord> {
    switch (kind) {
      case 'department':
        return this.departments as Map<string, CatalogueRecord>;
      case 'service-item':
        return this.items as Map<string, CatalogueRecord>;
      case 'theme':
        return this.themes as Map<string, CatalogueRecord>;
    }
  }

  private recountThemes(): void {
    this.themeCounts.clear();
    for (const theme of this.themes.values()) {
      for (const code of theme.itemCodes)
        this.themeCounts.set(code, (this.themeCounts.get(code) ?? 0) + 1);
    }
  }
}
