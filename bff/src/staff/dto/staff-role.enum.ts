import { registerEnumType } from '@nestjs/graphql';

/** The roles a staff account can have (UserRole without CITIZEN). */
export enum StaffRoleType {
  STAFF = 'STAFF',
  HALL_ADMIN = 'HALL_ADMIN',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}
registerEnumType(StaffRoleType, {
  name: 'StaffRole',
  description: 'Window staff (STAFF), hall admin (HALL_ADMIN) or system admin (SYSTEM_ADMIN)',
});
