import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A queue and booking category of a hall (A 综合受理, B 开办企业, …); its code prefixes ticket numbers. */
@Entity('business_category')
export class BusinessCategoryEntity {
  @PrimaryColumn({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ name: 'zone_code', type: 'varchar', length: 32 })
  zoneCode: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
