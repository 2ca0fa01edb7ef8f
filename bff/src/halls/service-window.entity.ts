import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('service_window')
export class ServiceWindowEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ name: 'zone_code', type: 'varchar', length: 32 })
  zoneCode: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 40 })
  label: string;

  /** Business category codes this window serves, comma-separated (e.g. "A,H"). */
  @Column({ name: 'category_codes', type: 'varchar', length: 100 })
  categoryCodes: string;

  @Column({ type: 'varchar', length: 200 })
  description: string;
}
