/** The personal values staff can reveal whole (with a reason, audited). */
export const PERSONAL_DATA_FIELDS = ['NAME', 'ID_NUMBER', 'PHONE', 'ADDRESS'] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];
