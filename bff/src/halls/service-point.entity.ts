import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalNumber } from '../database/transformers';
import type { ServicePointKind } from './reference-data/shizhong-hall';

@Entity('service_point')
export class ServicePointEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ServicePointKind;

  @Column({ name: 'parent_code', type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 40 })
  shortName: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  @Column({ name: 'office_hours', type: 'varchar', length: 200 })
  officeHours: string;

  /** GCJ-02 */
  @Column({ type: 'decimal', precision: 10, scale: 6, transformer: decimalNumber })
  longitude: number;

  /** GCJ-02 */
  @Column({ type: 'decimal', precision: 10, scale: 6, transformer: decimalNumber })
  latitude: number;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
