import type { FamilyLinkStatus, FamilyRelation } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Someone a citizen acts for (代办). Personal values are stored only as PiiCipher ciphertexts;
 * `id_number_hash` (a blind index) makes a member unique per owner and finds the member's own
 * account, whose consent the link needs (`link_status`, see `@shizhong/domain` family-link).
 */
@Entity('family_member')
export class FamilyMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_user_id', type: 'varchar', length: 36 })
  ownerUserId: string;

  @Column({ name: 'name_enc', type: 'varchar', length: 512 })
  nameEnc: string;

  @Column({ name: 'id_number_enc', type: 'varchar', length: 512 })
  idNumberEnc: string;

  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash: string;

  @Column({ name: 'phone_enc', type: 'varchar', length: 512, nullable: true })
  phoneEnc: string | null;

  @Column({ type: 'varchar', length: 16 })
  relation: FamilyRelation;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'link_status', type: 'varchar', length: 16 })
  linkStatus: FamilyLinkStatus;

  /** The member's own account (a citizen with a real-name profile of this ID number), if any. */
  @Column({ name: 'linked_user_id', type: 'varchar', length: 36, nullable: true })
  linkedUserId: string | null;

  /** When the member accepted or declined. */
  @Column({ name: 'link_responded_at', type: 'datetime', nullable: true })
  linkRespondedAt: Date | null;

  @Column({ name: 'link_revoked_at', type: 'datetime', nullable: true })
  linkRevokedAt: Date | null;
}
