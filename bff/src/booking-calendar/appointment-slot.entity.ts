import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SLOT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

/**
 * One bookable slot of a released day, made by SlotMaterializer (unique per hall, category,
 * date and start time). Capacity is enforced here, by the database, with one statement:
 *
 *   UPDATE appointment_slot SET booked = booked + 1, version = version + 1
 *    WHERE id = ? AND status = 'OPEN' AND booked < capacity
 *
 * (1 row changed: the place is yours; 0: full or closed). A CHECK constraint keeps
 * 0 ≤ booked ≤ capacity whatever a statement tries. `status` is CLOSED when a later closure
 * or holiday removed the slot from the day; existing bookings stay, no new ones are taken.
 */
@Entity('appointment_slot')
export class AppointmentSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int' })
  booked: number;

  @Column({ type: 'varchar', length: 8 })
  status: SlotStatus;

  /** Bumped by every change of `booked` or `status`. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
