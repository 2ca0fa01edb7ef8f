import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The day's counter of one hall and category: the last serial issued (numbering is gap-free
 * because the serial and the ticket are written in one transaction) and the calling policy's
 * state. Windows calling from a category lock its row (`SELECT … FOR UPDATE` on MySQL).
 */
@Entity('queue_counter')
export class QueueCounterEntity {
  @PrimaryColumn({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @PrimaryColumn({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  @PrimaryColumn({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ name: 'last_serial', type: 'int', default: 0 })
  lastSerial: number;

  /** Priority calls since the last NORMAL call (CallingState of @shizhong/domain). */
  @Column({ name: 'consecutive_priority_calls', type: 'int', default: 0 })
  consecutivePriorityCalls: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
