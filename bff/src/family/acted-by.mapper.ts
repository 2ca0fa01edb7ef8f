import { actedBySummary, maskName, type FamilyRelation } from '@shizhong/domain';
import type { PiiCipher } from '../common/pii/pii-cipher';
import type { ActedByType } from './dto/acted-by.type';
import { FamilyRelationType } from './dto/family-relation.enum';

/**
 * What a record keeps of who acted for whom (copied from the ActingSubject when it is made, so it
 * survives a removed family member): both names encrypted, and the relation (null for oneself).
 */
export interface ActedByColumns {
  actorNameEnc: string;
  subjectNameEnc: string;
  relation: FamilyRelation | null;
}

/** Masked names only: "王** 代 张** 办理". */
export function toActedBy(record: ActedByColumns, cipher: PiiCipher): ActedByType {
  const forSelf = record.relation === null;
  const subjectMaskedName = maskName(cipher.decrypt(record.subjectNameEnc));
  const actorMaskedName = maskName(cipher.decrypt(record.actorNameEnc));
  return {
    actorMaskedName,
    subjectMaskedName,
    relation: record.relation === null ? null : FamilyRelationType[record.relation],
    forSelf,
    summary: actedBySummary(actorMaskedName, subjectMaskedName, forSelf),
  };
}
