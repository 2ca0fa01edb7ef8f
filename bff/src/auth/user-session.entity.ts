import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signed-in device. Holds the hash of its current refresh token only; revoked on logout or when
 * an old refresh token is used again (a sign that it was stolen).
 */
@Entity('user_session')
export class UserSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** SHA-256 (hex) of the current refresh token; the token itself is never stored. */
  @Column({ name: 'refresh_token_hash', type: 'varchar', length: 64 })
  refreshTokenHash: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** When the current refresh token stops working (30 days after it was issued). */
  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
