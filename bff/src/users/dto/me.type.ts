import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum UserRoleType {
  CITIZEN = 'CITIZEN',
  STAFF = 'STAFF',
  HALL_ADMIN = 'HALL_ADMIN',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}
registerEnumType(UserRoleType, {
  name: 'UserRole',
  description: 'Citizen (WeChat login), hall staff, hall admin or system admin',
});

@ObjectType('Me', { description: 'The signed-in account' })
export class MeType {
  @Field(() => ID) id: string;
  @Field(() => UserRoleType) role: UserRoleType;
  @Field({ description: '长辈版 (large-font care mode) preference stored on the account' })
  careMode: boolean;
}
