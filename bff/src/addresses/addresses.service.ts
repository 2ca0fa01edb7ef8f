import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ADDRESS_MESSAGES, validatePostalAddress, type PostalAddress } from '@shizhong/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { CitizenProfileEntity } from '../profiles/citizen-profile.entity';
import { CitizenAddressEntity } from './citizen-address.entity';
import { inTransaction } from '../database/transaction';

/** A citizen's postal address (政务专递): one per real-name profile, encrypted at rest. */
@Injectable()
export class AddressesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  private get addresses() {
    return this.dataSource.getRepository(CitizenAddressEntity);
  }

  /** The whole address, decrypted: for masking, or for a delivery request the citizen made. */
  async addressOf(userId: string): Promise<PostalAddress | null> {
    const row = await this.addresses.findOneBy({ userId });
    if (!row) return null;
    return {
      region: this.cipher.decrypt(row.regionEnc),
      detail: this.cipher.decrypt(row.detailEnc),
    };
  }

  /**
   * Sets or replaces the address: ADDRESS_INVALID (with the field and the reason) for a bad one,
   * REAL_NAME_REQUIRED before real-name. Nothing is written unless all of it is valid.
   */
  async set(userId: string, input: PostalAddress): Promise<void> {
    const result = validatePostalAddress(input);
    if (!result.ok) {
      throw new AppError('ADDRESS_INVALID', ADDRESS_MESSAGES[result.reason], {
        field: result.field,
        reason: result.reason,
      });
    }
    const values = {
      regionEnc: this.cipher.encrypt(result.address.region),
      detailEnc: this.cipher.encrypt(result.address.detail),
      updatedAt: new Date(),
    };
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.getRepository(CitizenProfileEntity).exists({ where: { userId } }))) {
        throw new AppError('REAL_NAME_REQUIRED');
      }
      const repository = manager.getRepository(CitizenAddressEntity);
      if (await repository.exists({ where: { userId } })) {
        await repository.update({ userId }, values);
      } else {
        await repository.insert({ userId, ...values });
      }
    });
  }

  /** Removes the address; nothing to remove is fine. */
  async clear(userId: string): Promise<void> {
    await this.addresses.delete({ userId });
  }
}
