import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class StaffLoginArgs {
  @Field()
  @IsString({ message: '请输入用户名' })
  @MaxLength(64, { message: '用户名或密码不正确' })
  username: string;

  @Field()
  @IsString({ message: '请输入密码' })
  @MaxLength(256, { message: '用户名或密码不正确' })
  password: string;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field()
  @IsString({ message: '请输入当前密码' })
  @MaxLength(256, { message: '当前密码不正确' })
  currentPassword: string;

  @Field({ description: 'At least 10 characters with letters and digits' })
  @IsString({ message: '请输入新密码' })
  @MaxLength(256, { message: '密码不能超过 128 位' })
  newPassword: string;
}
