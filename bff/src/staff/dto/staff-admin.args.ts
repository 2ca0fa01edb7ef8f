import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { StaffRoleType } from './staff-role.enum';

const CODE = /^[A-Z0-9-]{1,40}$/;
const HALL_CODE_MESSAGE = '大厅编码格式不正确';
const ZONE_CODE_MESSAGE = '区域编码格式不正确';
const WINDOW_CODE_MESSAGE = '窗口编码格式不正确';

@ArgsType()
export class StaffAccountsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Hall admins: their own hall (the default); system admins: any, or all when left out',
  })
  @IsOptional()
  @IsString({ message: HALL_CODE_MESSAGE })
  @Matches(CODE, { message: HALL_CODE_MESSAGE })
  hallCode?: string | null;
}

@InputType('CreateStaffAccountInput')
export class CreateStaffAccountInput {
  @Field({ description: '3–32 letters, digits, . _ -, starting with a letter; case-insensitive' })
  @IsString({ message: '请输入用户名' })
  @MaxLength(64, { message: '用户名须为 3—32 位' })
  username: string;

  @Field({ description: 'Shown to colleagues and in audits, e.g. 张敏' })
  @IsString({ message: '请输入姓名' })
  @MaxLength(64, { message: '姓名不能超过 32 个字' })
  displayName: string;

  @Field({ description: 'The initial password: at least 10 characters with letters and digits' })
  @IsString({ message: '请输入初始密码' })
  @MaxLength(256, { message: '密码不能超过 128 位' })
  password: string;

  @Field(() => StaffRoleType)
  @IsEnum(StaffRoleType, { message: '请选择账号角色' })
  role: StaffRoleType;

  @Field(() => String, {
    nullable: true,
    description: 'A district hall or street centre; hall admins: their own (the default)',
  })
  @IsOptional()
  @IsString({ message: HALL_CODE_MESSAGE })
  @Matches(CODE, { message: HALL_CODE_MESSAGE })
  hallCode?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Zones of the hall (hall_zone codes)' })
  @IsArray({ message: ZONE_CODE_MESSAGE })
  @ArrayMaxSize(20, { message: '最多分配 20 个区域' })
  @IsString({ each: true, message: ZONE_CODE_MESSAGE })
  @Matches(CODE, { each: true, message: ZONE_CODE_MESSAGE })
  zoneCodes: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Windows of the hall (service window codes, e.g. SZ-HALL-W001)',
  })
  @IsArray({ message: WINDOW_CODE_MESSAGE })
  @ArrayMaxSize(50, { message: '最多分配 50 个窗口' })
  @IsString({ each: true, message: WINDOW_CODE_MESSAGE })
  @Matches(CODE, { each: true, message: WINDOW_CODE_MESSAGE })
  windowCodes: string[];
}

@ArgsType()
export class CreateStaffAccountArgs {
  @Field(() => CreateStaffAccountInput)
  @ValidateNested()
  @Type(() => CreateStaffAccountInput)
  input: CreateStaffAccountInput;
}

@ArgsType()
export class StaffAccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '未找到该工作人员账号' })
  id: string;
}

@ArgsType()
export class UpdateStaffAssignmentArgs extends StaffAccountIdArgs {
  @Field(() => [String], { description: 'The zones of their hall, replacing the current ones' })
  @IsArray({ message: ZONE_CODE_MESSAGE })
  @ArrayMaxSize(20, { message: '最多分配 20 个区域' })
  @IsString({ each: true, message: ZONE_CODE_MESSAGE })
  @Matches(CODE, { each: true, message: ZONE_CODE_MESSAGE })
  zoneCodes: string[];

  @Field(() => [String], { description: 'The windows of their hall, replacing the current ones' })
  @IsArray({ message: WINDOW_CODE_MESSAGE })
  @ArrayMaxSize(50, { message: '最多分配 50 个窗口' })
  @IsString({ each: true, message: WINDOW_CODE_MESSAGE })
  @Matches(CODE, { each: true, message: WINDOW_CODE_MESSAGE })
  windowCodes: string[];
}
