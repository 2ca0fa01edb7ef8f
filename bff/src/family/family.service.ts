import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAX_FAMILY_MEMBERS,
  initialFamilyLinkStatus,
  nextFamilyLinkStatus,
  type FamilyLinkAction,
  type FamilyRelation,
} from '@shizhong/domain';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { RATE_LIMITER, type RateLimiter } from '../common/rate-limit/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/unique-violation';
import { CitizenProfileEntity } from '../profiles/citizen-profile.entity';
import { requireIdNumber, requireMobile, requirePersonName } from '../profiles/identity-input';
import { ProfilesService } from '../profiles/profiles.service';
import { FamilyMemberEntity } from './family-member.entity';
import { inTransaction } from '../database/transaction';

export interface NewFamilyMember {
  name: string;
  idNumber: string;
  phone?: string | null;
  relation: FamilyRelation;
}

/** A link to the caller (someone added them as a family member), with the adder's name. */
export interface FamilyLinkToMe {
  row: FamilyMemberEntity;
  /** The owner's real name, encrypted; null when the owner has no real-name profile. */
  ownerNameEnc: string | null;
}

const LINK_NOT_FOUND = '未找到这条家人请求';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A citizen's family members (代办), and the links seen from the member's side. Every query is
 * scoped: owners reach only their own members, members only the links to their own ID number.
 */
@Injectable()
export class FamilyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly profiles: ProfilesService,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'FAMILY_ADD_RATE_LIMIT_PER_DAY'>,
  ) {}

  private get members() {
    return this.dataSource.getRepository(FamilyMemberEntity);
  }

  async list(ownerUserId: string): Promise<FamilyMemberEntity[]> {
    return this.members.find({ where: { ownerUserId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Adds a member. When their ID number belongs to a citizen with a real-name profile, the link
   * waits for that citizen's consent (PENDING); otherwise it is active at once (NO_ACCOUNT).
   */
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
    await this.countAddition(ownerUserId);
    const values = {
      id: randomUUID(),
      ownerUserId,
      nameEnc: this.cipher.encrypt(name),
      idNumberEnc: this.cipher.encrypt(idNumber),
      idNumberHash,
      phoneEnc: phone ? this.cipher.encrypt(phone) : null,
      relation: input.relation,
      createdAt: new Date(),
      linkRespondedAt: null,
      linkRevokedAt: null,
    };
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const repository = manager.getRepository(FamilyMemberEntity);
        if (await repository.exists({ where: { ownerUserId, idNumberHash } })) {
          throw new AppError('FAMILY_MEMBER_EXISTS');
        }
        if ((await repository.countBy({ ownerUserId })) >= MAX_FAMILY_MEMBERS) {
          throw new AppError('FAMILY_MEMBER_LIMIT');
        }
        const holder = await manager.getRepository(CitizenProfileEntity).findOne({
          where: { idNumberHash },
          select: { userId: true },
        });
        const row: FamilyMemberEntity = {
          ...values,
          linkStatus: initialFamilyLinkStatus(holder !== null),
          linkedUserId: holder?.userId ?? null,
        };
        await repository.insert(row);
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('FAMILY_MEMBER_EXISTS');
      throw error;
    }
  }

  /**
   * Valid additions per account and day (FAMILY_ADD_RATE_LIMIT_PER_DAY): a member's status shows
   * whether their ID number has an account, so adding and removing must not become a way to look
   * up many numbers. Typing mistakes (refused before this) do not count.
   */
  private async countAddition(ownerUserId: string): Promise<void> {
    const limit = this.config.FAMILY_ADD_RATE_LIMIT_PER_DAY;
    const hit = await this.limiter.hit(`family-add:${ownerUserId}`, limit, DAY_MS);
    if (!hit.allowed) {
      throw new AppError('RATE_LIMITED', `今天添加家人的次数已达上限（${limit}次），请明天再试`);
    }
  }

  /** NOT_FOUND for a member of someone else, exactly as for one that does not exist. */
  async remove(ownerUserId: string, id: string): Promise<void> {
    const result = await this.members.delete({ id, ownerUserId });
    if (!result.affected) throw new AppError('NOT_FOUND', '未找到这位家庭成员');
  }

  /** Who added the caller as a family member, newest first; empty before real-name. */
  async linksToMe(userId: string): Promise<FamilyLinkToMe[]> {
    const idNumberHash = await this.profiles.idNumberHashOf(userId);
    if (!idNumberHash) return [];
    const rows = await this.linksToMeQuery(userId, idNumberHash)
      .orderBy('member.createdAt', 'DESC')
      .addOrderBy('member.id', 'ASC')
      .getMany();
    if (rows.length === 0) return [];
    const owners = await this.dataSource.getRepository(CitizenProfileEntity).find({
      where: { userId: In([...new Set(rows.map((row) => row.ownerUserId))]) },
      select: { userId: true, nameEnc: true },
    });
    const nameOf = new Map(owners.map((owner) => [owner.userId, owner.nameEnc]));
    return rows.map((row) => ({ row, ownerNameEnc: nameOf.get(row.ownerUserId) ?? null }));
  }

  /** The member accepts or declines a pending link to them. */
  async respond(userId: string, id: string, accept: boolean): Promise<FamilyLinkToMe> {
    return this.transition(userId, id, accept ? 'ACCEPT' : 'DECLINE');
  }

  /** The member withdraws their consent (a confirmed link, or one made before they registered). */
  async revoke(userId: string, id: string): Promise<FamilyLinkToMe> {
    return this.transition(userId, id, 'REVOKE');
  }

  /**
   * One member action as a conditional UPDATE on the status it was read with, so two taps (or two
   * devices) cannot both apply. A link that is not the caller's is NOT_FOUND, exactly as one that
   * does not exist; a link in the wrong state gets the transition's code.
   */
  private async transition(
    userId: string,
    id: string,
    action: FamilyLinkAction,
  ): Promise<FamilyLinkToMe> {
    const idNumberHash = await this.profiles.idNumberHashOf(userId);
    if (!idNumberHash) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const row = await this.linksToMeQuery(userId, idNumberHash)
        .andWhere('member.id = :id', { id })
        .getOne();
      if (!row) throw new AppError('NOT_FOUND', LINK_NOT_FOUND);
      const next = nextFamilyLinkStatus(row.linkStatus, action);
      if (!next.ok) throw new AppError(next.code);
      const now = new Date();
      const changes: Partial<FamilyMemberEntity> = {
        linkStatus: next.status,
        linkedUserId: userId,
        ...(action === 'REVOKE' ? { linkRevokedAt: now } : { linkRespondedAt: now }),
      };
      const result = await this.members.update(
        {
          id,
          linkStatus: row.linkStatus,
          ownerUserId: Not(userId),
          linkedUserId: row.linkedUserId === null ? IsNull() : userId,
        },
        changes,
      );
      if (result.affected) {
        const updated = { ...row, ...changes };
        const owner = await this.dataSource.getRepository(CitizenProfileEntity).findOne({
          where: { userId: row.ownerUserId },
          select: { userId: true, nameEnc: true },
        });
        return { row: updated, ownerNameEnc: owner?.nameEnc ?? null };
      }
      // Changed in between (the other tap won): read again and answer for the new state.
    }
    throw new AppError('FAMILY_LINK_NOT_PENDING');
  }

  /**
   * Links to the caller: rows linked to their account, and rows under their ID number made
   * before they registered that no sync has linked yet. Never their own members.
   */
  private linksToMeQuery(userId: string, idNumberHash: string) {
    return this.members
      .createQueryBuilder('member')
      .where('member.ownerUserId <> :userId', { userId })
      .andWhere(
        new Brackets((where) => {
          where
            .where('member.linkedUserId = :userId', { userId })
            .orWhere('(member.linkedUserId IS NULL AND member.idNumberHash = :idNumberHash)', {
              idNumberHash,
            });
        }),
      );
  }
}
