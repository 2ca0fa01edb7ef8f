import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CatalogueKind = 'department' | 'service-item' | 'theme';

/** One record of the approval backend's catalogue as last received (JSON), the BFF's last good copy. */
@Entity('catalogue_entry')
export class CatalogueEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: CatalogueKind;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'source_updated_at', type: 'datetime' })
  sourceUpdatedAt: Date;
}
