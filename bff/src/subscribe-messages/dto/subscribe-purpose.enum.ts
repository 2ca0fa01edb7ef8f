import { registerEnumType } from '@nestjs/graphql';

/** Mirrors SUBSCRIBE_PURPOSES (subscribe-templates.ts). */
export enum SubscribePurposeType {
  APPOINTMENT_DAY_BEFORE = 'APPOINTMENT_DAY_BEFORE',
  APPOINTMENT_HOUR_BEFORE = 'APPOINTMENT_HOUR_BEFORE',
  QUEUE_ALMOST_TURN = 'QUEUE_ALMOST_TURN',
  QUEUE_CALLED = 'QUEUE_CALLED',
}
registerEnumType(SubscribePurposeType, {
  name: 'SubscribePurpose',
  description:
    'What a subscribe message is for: APPOINTMENT_DAY_BEFORE (18:00 the evening before), ' +
    'APPOINTMENT_HOUR_BEFORE (one hour before the slot), ' +
    'QUEUE_ALMOST_TURN (a queue ticket has 3 or fewer ahead), QUEUE_CALLED (a queue ticket is called)',
});
