import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { isUniqueViolation } from '../database/unique-violation';
import { relinkFamilyMembers } from '../family/family-link-sync';
import { CitizenProfileEntity } from './citizen-profile.entity';
import { requireIdNumber, requireMobile, requirePersonName } from './identity-input';
import { PhoneVerificationService } from './phone-verification.service';
import { inTransaction } from '../database/transaction';

/** A profile with its personal values decrypted, for masking; never sent as is. */
export interface DecryptedProfile {
  name: string;
  idNumber: string;
  birthDate: string;
  phone: string | null;
  phoneVerified: boolean;
}

@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly phoneVerification: PhoneVerificationService,
  ) {}

  private get profiles() {
    return this.dataSource.getRepository(CitizenProfileEntity);
  }

  async profileOf(userId: string): Promise<DecryptedProfile | null> {
    const row = await this.profiles.findOneBy({ userId });
    if (!row) return null;
    return {
      name: this.cipher.decrypt(row.nameEnc),
      idNumber: this.cipher.decrypt(row.idNumberEnc),
      birthDate: row.birthDate,
      phone: row.phoneEnc ? this.cipher.decrypt(row.phoneEnc) : null,
      phoneVerified: row.phoneVerifiedAt !== null,
    };
  }

  /** The blind index of the account's own ID number, or null before real-name. */
  async idNumberHashOf(userId: string): Promise<string | null> {
    const row = await this.profiles.findOne({ where: { userId }, select: { idNumberHash: true } });
    return row?.idNumberHash ?? null;
  }

  /**
   * Sets (or corrects) the account's real name and ID number in one transaction. An ID number
   * bound to another account is ID_NUMBER_TAKEN; a confirmed phone is kept.
   */
  async submitRealName(userId: string, nameInput: string, idNumberInput: string): Promise<void> {
    const name = requirePersonName(nameInput);
    const { idNumber, birthDate } = requireIdNumber(idNumberInput);
    const idNumberHash = this.cipher.blindIndex('idNumber', idNumber);
    const now = new Date();
    try {
      await inTransaction(this.dataSource, async (manager) => {
        const repository = manager.getRepository(CitizenProfileEntity);
        const holder = await repository.findOne({
          where: { idNumberHash },
          select: { userId: true },
        });
        if (holder && holder.userId !== userId) throw new AppError('ID_NUMBER_TAKEN');
        const values = {
          nameEnc: this.cipher.encrypt(name),
          idNumberEnc: this.cipher.encrypt(idNumber),
          idNumberHash,
          birthDate,
          updatedAt: now,
        };
        const existing = await repository.exists({ where: { userId } });
        if (existing) {
          await repository.update({ userId }, values);
        } else {
          await repository.insert({
            userId,
            ...values,
            phoneEnc: null,
            phoneHash: null,
            phoneVerifiedAt: null,
          });
        }
        // Family links under this ID number become the citizen's own to confirm or revoke.
        await relinkFamilyMembers(manager, userId, idNumberHash);
      });
    } catch (error) {
      // Two accounts submitting the same ID number at once: the unique index decides.
      if (isUniqueViolation(error)) throw new AppError('ID_NUMBER_TAKEN');
      throw error;
    }
  }

  /** Sends an SMS code to confirm a phone; needs real-name first. */
  async requestPhoneCode(userId: string, phoneInput: string): Promise<void> {
    const phone = requireMobile(phoneInput);
    await this.requireProfile(userId);
    await this.phoneVerification.requestCode(userId, phone);
  }

  /** Checks the SMS code and stores the phone as confirmed. */
  async verifyPhone(userId: string, phoneInput: string, code: string): Promise<void> {
    const phone = requireMobile(phoneInput);
    await this.requireProfile(userId);
    await this.phoneVerification.verify(userId, phone, code);
    await this.profiles.update(
      { userId },
      {
        phoneEnc: this.cipher.encrypt(phone),
        phoneHash: this.cipher.blindIndex('phone', phone),
        phoneVerifiedAt: new Date(),
        updatedAt: new Date(),
      },
    );
  }

  private async requireProfile(userId: string): Promise<void> {
    if (!(await this.profiles.exists({ where: { userId } }))) {
      throw new AppError('REAL_NAME_REQUIRED');
    }
  }
}
