import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UserRole } from './user-role';

/**
 * An account: a citizen found by their WeChat openid, or a staff member (no openid; their login
 * is in staff_account).
 */
@Entity('app_user')
export class AppUserEntity {
  /** A random UUID: not guessable, not a count of users. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The citizen's openid in this mini-program; unique. Null for staff accounts. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  /** The 长辈版 (care mode) preference, kept with the account as well as on the device. */
  @Column({ name: 'care_mode', type: 'boolean' })
  careMode: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'datetime' })
  lastLoginAt: Date;
}
