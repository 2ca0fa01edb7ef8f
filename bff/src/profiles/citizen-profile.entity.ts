import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A citizen's real-name identity (实名), one per account and one account per ID number. Personal
 * values are stored only as PiiCipher ciphertexts; the hashes are PiiCipher blind indexes.
 */
@Entity('citizen_profile')
export class CitizenProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'name_enc', type: 'varchar', length: 512 })
  nameEnc: string;

  @Column({ name: 'id_number_enc', type: 'varchar', length: 512 })
  idNumberEnc: string;

  /** Unique: an ID number can be bound to one account only. */
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash: string;

  /** YYYY-MM-DD from the ID number, for the age without decrypting. */
  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ name: 'phone_enc', type: 'varchar', length: 512, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true })
  phoneHash: string | null;

  @Column({ name: 'phone_verified_at', type: 'datetime', nullable: true })
  phoneVerifiedAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
