import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HallZoneKind } from './reference-data/shizhong-hall';

@Entity('hall_zone')
export class HallZoneEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ type: 'varchar', length: 24 })
  kind: HallZoneKind;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'int' })
  floor: number;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
