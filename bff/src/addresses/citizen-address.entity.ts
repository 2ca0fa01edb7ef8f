import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A citizen's postal address (政务专递), one per real-name profile. Both parts are stored only as
 * PiiCipher ciphertexts; the address is never looked up by value, so it has no blind index.
 */
@Entity('citizen_address')
export class CitizenAddressEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** e.g. 山东省济南市市中区, encrypted. */
  @Column({ name: 'region_enc', type: 'varchar', length: 512 })
  regionEnc: string;

  /** Street, building, room, encrypted. */
  @Column({ name: 'detail_enc', type: 'varchar', length: 512 })
  detailEnc: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
