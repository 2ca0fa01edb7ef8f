import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('service_item_view_stat')
export class ServiceItemViewStatEntity {
  @PrimaryColumn({ name: 'item_code', type: 'varchar', length: 64 })
  itemCode: string;

  @Column({ type: 'int', default: 0 })
  views: number;

  /** Searches whose first hit was the item. */
  @Column({ type: 'int', default: 0 })
  searches: number;
}
