import { PersonalDataFieldType } from './dto/personal-data-field.enum';
import type { PiiAccessAuditEntryType } from './dto/pii-access-audit.types';
import type { PiiAccessAuditView } from './pii-access-audit.service';

export function toPiiAccessAuditEntry(view: PiiAccessAuditView): PiiAccessAuditEntryType {
  const { row } = view;
  return {
    id: row.id,
    staffUserId: row.staffUserId,
    staffUsername: view.staffUsername,
    staffDisplayName: view.staffDisplayName,
    staffHallCode: row.staffHallCode,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    subjectHallCode: row.subjectHallCode,
    subjectCitizenUserId: row.subjectCitizenUserId,
    maskedSubjectName: view.maskedSubjectName,
    field: PersonalDataFieldType[row.field],
    maskedValue: view.maskedValue,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}
