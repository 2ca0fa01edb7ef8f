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

/** Mirrors DEMO_PERSONAS and DEMO_STAFF (../demo-persona.ts, ../../staff/demo-staff.ts). */
export enum DemoPersonaType {
  CITIZEN_A = 'CITIZEN_A',
  CITIZEN_B = 'CITIZEN_B',
  /** Window staff of the district hall SZ-HALL (综合受理 zone, windows 1 and 2). */
  STAFF_SZ = 'STAFF_SZ',
  /** Hall admin of SZ-HALL. */
  HALL_ADMIN_SZ = 'HALL_ADMIN_SZ',
  /** Window staff of a street centre (大观园街道便民服务中心): another hall. */
  STAFF_STREET = 'STAFF_STREET',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}
registerEnumType(DemoPersonaType, {
  name: 'DemoPersona',
  description:
    'Seeded test citizens and demo staff for the demo login (development and tests only)',
});

@ArgsType()
export class DemoLoginArgs {
  @Field(() => DemoPersonaType)
  @IsEnum(DemoPersonaType, { message: '没有这个演示账号' })
  persona: DemoPersonaType;
}
