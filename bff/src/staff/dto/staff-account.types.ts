import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRoleType } from '../../users/dto/me.type';

@ObjectType('StaffHall', {
  description: 'The district hall or street centre a staff member works in',
})
export class StaffHallType {
  @Field() code: string;
  @Field() name: string;
}

@ObjectType('StaffZone')
export class StaffZoneType {
  @Field() code: string;
  @Field() name: string;
}

@ObjectType('StaffWindow')
export class StaffWindowType {
  @Field({ description: 'e.g. SZ-HALL-W001' }) code: string;
  @Field(() => Int) number: number;
  @Field({ description: 'e.g. 1号窗口' }) label: string;
}

@ObjectType('StaffProfile', { description: "The signed-in staff member's own account" })
export class StaffProfileType {
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => UserRoleType) role: UserRoleType;
  @Field(() => StaffHallType, { nullable: true, description: 'Null for system admins' })
  hall: StaffHallType | null;
  @Field(() => [StaffZoneType]) zones: StaffZoneType[];
  @Field(() => [StaffWindowType]) windows: StaffWindowType[];
}

@ObjectType('StaffAccount', { description: 'A staff account as admins see it' })
export class StaffAccountType {
  @Field(() => ID, { description: 'The account (app_user) id' }) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => UserRoleType) role: UserRoleType;
  @Field(() => StaffHallType, { nullable: true, description: 'Null for system admins' })
  hall: StaffHallType | null;
  @Field(() => [StaffZoneType]) zones: StaffZoneType[];
  @Field(() => [StaffWindowType]) windows: StaffWindowType[];
  @Field() disabled: boolean;
  @Field({ description: 'Whether logins are refused now because of wrong passwords' })
  locked: boolean;
  @Field(() => Date, { nullable: true }) lockedUntil: Date | null;
  @Field(() => Int, { description: 'Wrong passwords in a row since the last login or lock' })
  failedAttempts: number;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field() createdAt: Date;
}
