import { Column, Entity, PrimaryColumn } from 'typeorm';

export const STAFF_ADMIN_ACTIONS = [
  'CREATE_ACCOUNT',
  'UPDATE_ASSIGNMENT',
  'UNLOCK_ACCOUNT',
  'DISABLE_ACCOUNT',
  'CHANGE_OWN_PASSWORD',
  'BOOTSTRAP_ADMIN',
] as const;
export type StaffAdminAction = (typeof STAFF_ADMIN_ACTIONS)[number];

/**
 * Who did what to which staff account, when. Append-only: database triggers refuse UPDATE and
 * DELETE (migration 1763900500000).
 */
@Entity('staff_admin_audit')
export class StaffAdminAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The admin (or, for CHANGE_OWN_PASSWORD, the staff member); null for start-up bootstrap. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 32 })
  action: StaffAdminAction;

  @Column({ name: 'target_user_id', type: 'varchar', length: 36 })
  targetUserId: string;

  @Column({ name: 'target_hall_code', type: 'varchar', length: 32, nullable: true })
  targetHallCode: string | null;

  /** What changed, as JSON (role, hall, zones, windows); never a password or personal data. */
  @Column({ type: 'varchar', length: 2000 })
  detail: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
