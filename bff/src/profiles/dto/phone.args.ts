import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class RequestPhoneCodeArgs {
  @Field({ description: 'A Chinese mobile number; +86, spaces and dashes are accepted' })
  @IsString({ message: '请输入手机号码' })
  @MaxLength(32, { message: '手机号码应为11位数字' })
  phone: string;
}

@ArgsType()
export class VerifyPhoneArgs extends RequestPhoneCodeArgs {
  @Field({ description: 'The 6-digit code from the SMS' })
  @IsString({ message: '请输入验证码' })
  @MaxLength(16, { message: '验证码不正确或已过期，请重新获取' })
  code: string;
}
