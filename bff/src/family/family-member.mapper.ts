import { ageOn, canActFor, maskIdNumber, maskName, maskPhone } from '@shizhong/domain';
import type { PiiCipher } from '../common/pii/pii-cipher';
import { FamilyLinkStatusType } from './dto/family-link-status.enum';
import type { FamilyLinkToMeType } from './dto/family-link-to-me.type';
import { FamilyRelationType } from './dto/family-relation.enum';
import type { FamilyMemberType } from './dto/family-member.type';
import type { FamilyMemberEntity } from './family-member.entity';
import type { FamilyLinkToMe } from './family.service';

/** Only masked values leave the BFF. */
export function toFamilyMember(
  row: FamilyMemberEntity,
  cipher: PiiCipher,
  today: Date = new Date(),
): FamilyMemberType {
  const idNumber = cipher.decrypt(row.idNumberEnc);
  return {
    id: row.id,
    maskedName: maskName(cipher.decrypt(row.nameEnc)),
    maskedIdNumber: maskIdNumber(idNumber),
    maskedPhone: row.phoneEnc ? maskPhone(cipher.decrypt(row.phoneEnc)) : null,
    relation: FamilyRelationType[row.relation],
    age: ageOn(idNumber, today),
    linkStatus: FamilyLinkStatusType[row.linkStatus],
    canActFor: canActFor(row.linkStatus),
  };
}

/** The member's view of a link: the adder's masked name, nothing of the member's own data. */
export function toFamilyLinkToMe(link: FamilyLinkToMe, cipher: PiiCipher): FamilyLinkToMeType {
  const { row, ownerNameEnc } = link;
  return {
    id: row.id,
    ownerMaskedName: ownerNameEnc ? maskName(cipher.decrypt(ownerNameEnc)) : null,
    relation: FamilyRelationType[row.relation],
    status: FamilyLinkStatusType[row.linkStatus],
    createdAt: row.createdAt,
    respondedAt: row.linkRespondedAt,
    revokedAt: row.linkRevokedAt,
  };
}
