import { registerEnumType } from '@nestjs/graphql';

/** Mirrors APPOINTMENT_STATUSES of @shizhong/domain (labels there: APPOINTMENT_STATUS_LABELS). */
export enum AppointmentStatusType {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  CHECKED_IN = 'CHECKED_IN',
  NO_SHOW = 'NO_SHOW',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AppointmentStatusType, {
  name: 'AppointmentStatus',
  description:
    'BOOKED 待签到, CANCELLED 已取消, CHECKED_IN 已签到, NO_SHOW 未到（爽约）, COMPLETED 已办结',
});

export enum AppointmentScopeType {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(AppointmentScopeType, {
  name: 'AppointmentScope',
  description:
    'UPCOMING: booked or checked in and not over yet, soonest first; PAST: everything else ' +
    '(over, cancelled, no-show), latest first',
});

export enum CheckInMethodType {
  QR = 'QR',
  STAFF = 'STAFF',
}
registerEnumType(CheckInMethodType, {
  name: 'CheckInMethod',
  description: 'QR: the citizen scanned the hall’s check-in code; STAFF: at a staff console',
});
