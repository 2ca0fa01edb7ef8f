import { registerEnumType } from '@nestjs/graphql';

/** Mirrors SUBSCRIBE_PURPOSES (subscribe-templates.ts). */
export enum SubscribePurposeType {
  APPOINTMENT_DAY_BEFORE = 'APPOINTMENT_DAY_BEFORE',
  APPOINTMENT_HOUR_BEFORE = 'APPOINTMENT_HOUR_BEFORE',
}
registerEnumType(SubscribePurposeType, {
  name: 'SubscribePurpose',
  description:
    'What a subscribe message is for: APPOINTMENT_DAY_BEFORE (18:00 the evening before), ' +
    'APPOINTMENT_HOUR_BEFORE (one hour before the slot)',
});
