import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The staff side of an `app_user` whose role is STAFF, HALL_ADMIN or SYSTEM_ADMIN: how they log
 * in (username + scrypt hash), which hall they work in, and the state of the login lockout.
 * Assigned zones and windows are in staff_zone_assignment / staff_window_assignment.
 */
@Entity('staff_account')
export class StaffAccountEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** Lower-case, unique: logins are case-insensitive. */
  @Column({ type: 'varchar', length: 32 })
  username: string;

  /** `scrypt$ln=…,r=…,p=…$salt$hash` (see PasswordHasher). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName: string;

  /** A district hall or street centre (service_point code); null for system admins. */
  @Column({ name: 'hall_code', type: 'varchar', length: 32, nullable: true })
  hallCode: string | null;

  @Column({ type: 'boolean' })
  disabled: boolean;

  /** Wrong passwords in a row since the last successful login or lock. */
  @Column({ name: 'failed_attempts', type: 'int' })
  failedAttempts: number;

  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'password_changed_at', type: 'datetime' })
  passwordChangedAt: Date;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  /** Who made the account: a system or hall admin; null for the bootstrap admin and demo staff. */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
