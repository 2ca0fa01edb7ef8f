import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  actingRefusal,
  isRecordVisibleTo,
  type ActedRecord,
  type FamilyRelation,
  type RecordViewer,
} from '@shizhong/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { CitizenProfileEntity } from '../profiles/citizen-profile.entity';
import { ProfilesService } from '../profiles/profiles.service';
import { FamilyMemberEntity } from './family-member.entity';

/**
 * The person something is done for (an appointment, a queue ticket), with who does it. Personal
 * values stay encrypted (PiiCipher ciphertexts): a record copies them as they are.
 */
export interface ActingSubject {
  /** The signed-in citizen who acts. */
  actorUserId: string;
  /** The actor's real name, encrypted (for "王** 代 张** 办理"). */
  actorNameEnc: string;
  /** The family member acted for; null when acting for oneself. */
  familyMemberId: string | null;
  /** The subject's own account: the actor for oneself, a member's account if they have one. */
  subjectUserId: string | null;
  /** Blind index of the subject's ID number: lets the subject see records made for them. */
  subjectIdNumberHash: string;
  subjectNameEnc: string;
  subjectIdNumberEnc: string;
  /** Oneself: the confirmed phone; a member: the phone the owner gave (either may be null). */
  subjectPhoneEnc: string | null;
  /** How the member is related to the actor, as the actor stated it; null for oneself. */
  relation: FamilyRelation | null;
  forSelf: boolean;
}

/**
 * "For whom": resolves the subject of an action taken by a citizen for themselves or for a family
 * member, and decides who may see the records made that way. Features that act for people
 * (appointments, queue tickets) call `resolve` before they write, in their own transaction.
 */
@Injectable()
export class ActingForService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
  ) {}

  /**
   * The subject, or a coded refusal: REAL_NAME_REQUIRED when the caller has no real-name profile
   * (a record must say who acted); FAMILY_MEMBER_NOT_FOUND for a member that is not the caller's
   * (as for one that does not exist); FAMILY_LINK_NOT_CONFIRMED / _DECLINED / _REVOKED when the
   * member has not agreed (or no longer agrees) to be acted for.
   */
  async resolve(
    callerUserId: string,
    familyMemberId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActingSubject> {
    const actor = await manager.getRepository(CitizenProfileEntity).findOneBy({
      userId: callerUserId,
    });
    if (!actor) throw new AppError('REAL_NAME_REQUIRED');
    if (familyMemberId === null) {
      return {
        actorUserId: callerUserId,
        actorNameEnc: actor.nameEnc,
        familyMemberId: null,
        subjectUserId: callerUserId,
        subjectIdNumberHash: actor.idNumberHash,
        subjectNameEnc: actor.nameEnc,
        subjectIdNumberEnc: actor.idNumberEnc,
        subjectPhoneEnc: actor.phoneVerifiedAt ? actor.phoneEnc : null,
        relation: null,
        forSelf: true,
      };
    }
    const member = await manager.getRepository(FamilyMemberEntity).findOneBy({
      id: familyMemberId,
      ownerUserId: callerUserId,
    });
    if (!member) throw new AppError('FAMILY_MEMBER_NOT_FOUND');
    const refusal = actingRefusal(member.linkStatus);
    if (refusal) throw new AppError(refusal);
    return {
      actorUserId: callerUserId,
      actorNameEnc: actor.nameEnc,
      familyMemberId: member.id,
      subjectUserId: member.linkedUserId,
      subjectIdNumberHash: member.idNumberHash,
      subjectNameEnc: member.nameEnc,
      subjectIdNumberEnc: member.idNumberEnc,
      subjectPhoneEnc: member.phoneEnc,
      relation: member.relation,
      forSelf: false,
    };
  }

  /** The caller as a viewer of records: their account and their own ID number's blind index. */
  async viewerOf(callerUserId: string): Promise<RecordViewer> {
    return { userId: callerUserId, idNumberHash: await this.profiles.idNumberHashOf(callerUserId) };
  }

  /**
   * Whether the caller may see a record made by `actorUserId` for the person with
   * `subjectIdNumberHash`: the actor, and the subject themselves, may; nobody else. Lists should
   * filter in SQL with the same rule: `actor_user_id = :userId OR subject_id_number_hash =
   * :idNumberHash` with {@link viewerOf} (and no hash condition when it is null).
   */
  async visibleToCaller(callerUserId: string, record: ActedRecord): Promise<boolean> {
    if (record.actorUserId === callerUserId) return true;
    return isRecordVisibleTo(record, await this.viewerOf(callerUserId));
  }
}
