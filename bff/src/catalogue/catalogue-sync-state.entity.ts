import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CatalogueKind } from './catalogue-entry.entity';

@Entity('catalogue_sync_state')
export class CatalogueSyncStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: CatalogueKind;

  /** The newest `updatedAt` received: the next sync asks for records changed since then. */
  @Column({ name: 'changed_since', type: 'varchar', length: 40, nullable: true })
  changedSince: string | null;

  @Column({ name: 'last_success_at', type: 'datetime', nullable: true })
  lastSuccessAt: Date | null;

  @Column({ name: 'last_attempt_at', type: 'datetime', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}
