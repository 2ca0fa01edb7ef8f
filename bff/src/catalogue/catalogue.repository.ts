import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CatalogueRecord } from '../approval/approval.types';
import { dialectOf } from '../database/data-source';
import { CatalogueEntryEntity, type CatalogueKind } from './catalogue-entry.entity';
import { CatalogueSyncStateEntity } from './catalogue-sync-state.entity';
import { ServiceItemViewStatEntity } from './service-item-view-stat.entity';
import { inTransaction } from '../database/transaction';

/** SQL of the catalogue cache: the last good copy, the sync state, item view counts. */
@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadEntries(): Promise<{ kind: CatalogueKind; record: CatalogueRecord }[]> {
    const rows = await this.dataSource.getRepository(CatalogueEntryEntity).find();
    return rows.map((row) => ({
      kind: row.kind,
      record: JSON.parse(row.payload) as CatalogueRecord,
    }));
  }

  loadStates(): Promise<CatalogueSyncStateEntity[]> {
    return this.dataSource.getRepository(CatalogueSyncStateEntity).find();
  }

  async getState(
    kind: CatalogueKind,
    manager?: EntityManager,
  ): Promise<CatalogueSyncStateEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(CatalogueSyncStateEntity)
      .findOneBy({ kind });
  }

  async saveState(state: CatalogueSyncStateEntity, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .getRepository(CatalogueSyncStateEntity)
      .upsert(state, ['kind']);
  }

  /** Writes one page of changes in one transaction: active records upserted, withdrawn ones deleted. */
  async applyChanges(kind: CatalogueKind, records: readonly CatalogueRecord[]): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(CatalogueEntryEntity);
      const active = records.filter((record) => record.status !== 'withdrawn');
      const withdrawn = records
        .filter((record) => record.status === 'withdrawn')
        .map((record) => record.code);
      if (active.length > 0) {
        await repository.upsert(
          active.map((record) => ({
            kind,
            code: record.code,
            payload: JSON.stringify(record),
            version: record.version,
            sourceUpdatedAt: new Date(record.updatedAt),
          })),
          ['kind', 'code'],
        );
      }
      for (const code of withdrawn) await repository.delete({ kind, code });
    });
  }

  /** Adds view counts (one statement per item; safe with several instances). */
  async addViews(deltas: ReadonlyMap<string, number>): Promise<void> {
    if (deltas.size === 0) return;
    const sql =
      dialectOf(this.dataSource) === 'mysql'
        ? 'INSERT INTO service_item_view_stat (item_code, views) VALUES (?, ?) ON DUPLICATE KEY UPDATE views = views + VALUES(views)'
        : 'INSERT INTO service_item_view_stat (item_code, views) VALUES (?, ?) ON CONFLICT(item_code) DO UPDATE SET views = views + excluded.views';
    await inTransaction(this.dataSource, async (manager) => {
      for (const [code, delta] of deltas) await manager.query(sql, [code, delta]);
    });
  }

  /** Adds counts of searches whose first hit was the item (same table as the views). */
  async addSearches(deltas: ReadonlyMap<string, number>): Promise<void> {
    if (deltas.size === 0) return;
    const sql =
      dialectOf(this.dataSource) === 'mysql'
        ? 'INSERT INTO service_item_view_stat (item_code, views, searches) VALUES (?, 0, ?) ON DUPLICATE KEY UPDATE searches = searches + VALUES(searches)'
        : 'INSERT INTO service_item_view_stat (item_code, views, searches) VALUES (?, 0, ?) ON CONFLICT(item_code) DO UPDATE SET searches = searches + excluded.searches';
    await inTransaction(this.dataSource, async (manager) => {
      for (const [code, delta] of deltas) await manager.query(sql, [code, delta]);
    });
  }

  async loadSearches(): Promise<Map<string, number>> {
    const rows = await this.dataSource.getRepository(ServiceItemViewStatEntity).find();
    return new Map(rows.map((row) => [row.itemCode, row.searches]));
  }

  async loadViews(): Promise<Map<string, number>> {
    const rows = await this.dataSource.getRepository(ServiceItemViewStatEntity).find();
    return new Map(rows.map((row) => [row.itemCode, row.views]));
  }
}
