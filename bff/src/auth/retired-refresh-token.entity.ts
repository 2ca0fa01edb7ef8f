import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A refresh token that was already exchanged for a new one. Presenting it again means two parties
 * hold the session's tokens, so the whole session is revoked.
 */
@Entity('user_session_retired_token')
export class RetiredRefreshTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'retired_at', type: 'datetime' })
  retiredAt: Date;
}
