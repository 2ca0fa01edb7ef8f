import { registerEnumType } from '@nestjs/graphql';

/** Mirrors FAMILY_LINK_STATUSES of @shizhong/domain (labels and transitions there). */
export enum FamilyLinkStatusType {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  NO_ACCOUNT = 'NO_ACCOUNT',
}
registerEnumType(FamilyLinkStatusType, {
  name: 'FamilyLinkStatus',
  description:
    'Consent of the family member: PENDING (待对方确认), CONFIRMED (已确认), DECLINED (对方已拒绝), REVOKED (对方已撤销), NO_ACCOUNT (无需确认: the member has no account; active at once)',
});
