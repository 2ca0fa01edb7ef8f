import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SERVICE_WINDOW_STATUSES = ['OPEN', 'PAUSED', 'CLOSED'] as const;
export type ServiceWindowStatus = (typeof SERVICE_WINDOW_STATUSES)[number];

/**
 * What a service window (reference data `service_window`) is doing now: open for a subset of
 * its categories, paused or closed, and the ticket it is serving. No row: CLOSED.
 * `current_ticket_id` changes only with a conditional UPDATE, so one window calls one ticket.
 */
@Entity('service_window_state')
export class ServiceWindowStateEntity {
  @PrimaryColumn({ name: 'window_code', type: 'varchar', length: 40 })
  windowCode: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ type: 'varchar', length: 8 })
  status: ServiceWindowStatus;

  /** The categories served now, comma-separated (a subset of the window's categories). */
  @Column({ name: 'category_codes', type: 'varchar', length: 100 })
  categoryCodes: string;

  /** Who opened it last. */
  @Column({ name: 'staff_user_id', type: 'varchar', length: 36, nullable: true })
  staffUserId: string | null;

  @Column({ name: 'current_ticket_id', type: 'varchar', length: 36, nullable: true })
  currentTicketId: string | null;

  @Column({ name: 'opened_at', type: 'datetime', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
