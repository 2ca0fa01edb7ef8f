import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, Length, Matches } from 'class-validator';

@ArgsType()
export class LoginWithWechatArgs {
  @Field({ description: 'The code from wx.login / Taro.login' })
  @IsString({ message: '登录凭证格式不正确' })
  @Length(1, 128, { message: '登录凭证格式不正确' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '登录凭证格式不正确' })
  code: string;
}

@ArgsType()
export class RefreshSessionArgs {
  @Field()
  @IsString({ message: '登录已失效，请重新登录' })
  @Length(1, 128, { message: '登录已失效，请重新登录' })
  refreshToken: string;
}

export enum DemoPersonaType {
  CITIZEN_A = 'CITIZEN_A',
  CITIZEN_B = 'CITIZEN_B',
}
registerEnumType(DemoPersonaType, {
  name: 'DemoPersona',
  description: 'Seeded test accounts for the demo login (development and tests only)',
});

@ArgsType()
export class DemoLoginArgs {
  @Field(() => DemoPersonaType)
  @IsEnum(DemoPersonaType, { message: '没有这个演示账号' })
  persona: DemoPersonaType;
}
