import { ageOn, maskIdNumber, maskName, maskPhone } from '@shizhong/domain';
import type { PiiCipher } from '../common/pii/pii-cipher';
import { FamilyRelationType } from './dto/family-relation.enum';
import type { FamilyMemberType } from './dto/family-member.type';
import type { FamilyMemberEntity } from './family-member.entity';

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
  };
}
