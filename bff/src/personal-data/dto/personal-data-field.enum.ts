import { registerEnumType } from '@nestjs/graphql';

/** Mirrors PERSONAL_DATA_FIELDS (../personal-data-field.ts). */
export enum PersonalDataFieldType {
  NAME = 'NAME',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  ADDRESS = 'ADDRESS',
}
registerEnumType(PersonalDataFieldType, {
  name: 'PersonalDataField',
  description: 'A personal value staff may reveal whole (with a reason; audited)',
});
