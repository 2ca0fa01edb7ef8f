import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_FAMILY_MEMBERS, type FamilyRelation } from '@shizhong/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { isUniqueViolation } from '../database/unique-violation';
import { requireIdNumber, requireMobile, requirePersonName } from '../profiles/identity-input';
import { ProfilesService } from '../profiles/profiles.service';
import { FamilyMemberEntity } from './family-member.entity';

export interface NewFamilyMember {
  name: string;
  idNumber: string;
  phone?: string | null;
  relation: FamilyRelation;
}

/** A citizen's family members (代办). Every query is scoped to the owner. */
@Injectable()
export class FamilyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly profiles: ProfilesService,
  ) {}

  private get members() {
    return this.dataSource.getRepository(FamilyMemberEntity);
  }

  async list(ownerUserId: string): Promise<FamilyMemberEntity[]> {
    return this.members.find({ where: { ownerUserId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async add(ownerUserId: string, input: NewFamilyMember): Promise<FamilyMemberEntity> {
    const name = requirePersonName(input.name);
    const { idNumber } = requireIdNumber(input.idNumber);
    const phone =
      input.phone === undefined || input.phone === null || input.phone.trim() === ''
        ? null
        : requireMobile(input.phone);
    const idNumberHash = this.cipher.blindIndex('idNumber', idNumber);
    if ((await this.profiles.idNumberHashOf(ownerUserId)) === idNumberHash) {
      throw new AppError('BAD_USER_INPUT', '不能把自己添加为家庭成员', { field: 'idNumber' });
    }
    const row: FamilyMemberEntity = {
      id: randomUUID(),
      ownerUserId,
      nameEnc: this.cipher.encrypt(name),
      idNumberEnc: this.cipher.encrypt(idNumber),
      idNumberHash,
      phoneEnc: phone ? this.cipher.encrypt(phone) : null,
      relation: input.relation,
      createdAt: new Date(),
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(FamilyMemberEntity);
        if (await repository.exists({ where: { ownerUserId, idNumberHash } })) {
          throw new AppError('FAMILY_MEMBER_EXISTS');
        }
        if ((await repository.countBy({ ownerUserId })) >= MAX_FAMILY_MEMBERS) {
          throw new AppError('FAMILY_MEMBER_LIMIT');
        }
        await repository.insert(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('FAMILY_MEMBER_EXISTS');
      throw error;
    }
    return row;
  }

  /** NOT_FOUND for a member of someone else, exactly as for one that does not exist. */
  async remove(ownerUserId: string, id: string): Promise<void> {
    const result = await this.members.delete({ id, ownerUserId });
    if (!result.affected) throw new AppError('NOT_FOUND', '未找到这位家庭成员');
  }
}
