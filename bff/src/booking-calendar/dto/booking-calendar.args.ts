import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { HolidayKindType, ScheduleExceptionKindType } from './booking-calendar.enums';

const HALL_CODE = /^[A-Za-z0-9-]{1,32}$/;
const CATEGORY_CODE = /^[A-Za-z0-9]{1,4}$/;
// Dates and times are checked by the service (DATE_INVALID, TIME_INVALID); here only their size.
const DATE_MAX = 10;

@ArgsType()
export class BookingCategoriesArgs {
  @Field({ description: 'e.g. SZ-HALL' })
  @Matches(HALL_CODE, { message: '大厅编码格式不正确' })
  hallCode: string;
}

@ArgsType()
export class BookingCalendarArgs extends BookingCategoriesArgs {
  @Field({ description: 'A–H' })
  @Matches(CATEGORY_CODE, { message: '业务类别编码格式不正确' })
  categoryCode: string;

  @Field({ description: 'First day, YYYY-MM-DD (Asia/Shanghai)' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '开始日期不正确，请按“年-月-日”填写，如 2026-10-08' })
  from: string;

  @Field(() => Int, { defaultValue: 14, description: '1–31' })
  @IsInt({ message: '天数必须是整数' })
  days: number;
}

@ArgsType()
export class BookingSlotsArgs extends BookingCategoriesArgs {
  @Field()
  @Matches(CATEGORY_CODE, { message: '业务类别编码格式不正确' })
  categoryCode: string;

  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '日期不正确，请按“年-月-日”填写，如 2026-10-08' })
  date: string;
}

@ArgsType()
export class HolidayYearArgs {
  @Field(() => Int)
  @IsInt({ message: '年份必须是整数' })
  year: number;
}

@InputType('HolidayInput')
export class HolidayInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '日期不正确，请按“年-月-日”填写，如 2027-10-01' })
  date: string;

  @Field(() => HolidayKindType)
  @IsEnum(HolidayKindType, { message: '请选择放假或调休上班' })
  kind: HolidayKindType;

  @Field({ description: '国庆节, 春节, …' })
  @IsString({ message: '请填写节日名称' })
  @MaxLength(20, { message: '节日名称应为1到20个字' })
  name: string;
}

@ArgsType()
export class UpsertHolidayArgs {
  @Field(() => HolidayInput)
  @ValidateNested()
  @Type(() => HolidayInput)
  input: HolidayInput;
}

@ArgsType()
export class DeleteHolidayArgs {
  @Field()
  @IsString()
  @MaxLength(DATE_MAX, { message: '日期不正确，请按“年-月-日”填写' })
  date: string;
}

@InputType('ScheduleExceptionInput')
export class ScheduleExceptionInput {
  @Field()
  @Matches(HALL_CODE, { message: '大厅编码格式不正确' })
  hallCode: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '日期不正确，请按“年-月-日”填写' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Null or left out: every category' })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: '业务类别编码格式不正确' })
  categoryCode?: string | null;

  @Field(() => ScheduleExceptionKindType)
  @IsEnum(ScheduleExceptionKindType, { message: '请选择调整类型' })
  kind: ScheduleExceptionKindType;

  @Field(() => String, { nullable: true, description: 'HH:mm' })
  @IsOptional()
  @IsString()
  @MaxLength(5, { message: '时间不正确，请按“时:分”填写' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:mm (24:00 allowed)' })
  @IsOptional()
  @IsString()
  @MaxLength(5, { message: '时间不正确，请按“时:分”填写' })
  endTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the working-day slot length' })
  @IsOptional()
  @IsInt({ message: '时段长度必须是整数' })
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Places per slot; default: the template' })
  @IsOptional()
  @IsInt({ message: '人数必须是整数' })
  capacity?: number | null;

  @Field({ description: 'Shown to admins; 1–100 characters' })
  @IsString({ message: '请填写原因' })
  @MaxLength(100, { message: '请填写1到100个字的原因' })
  reason: string;
}

@ArgsType()
export class AddScheduleExceptionArgs {
  @Field(() => ScheduleExceptionInput)
  @ValidateNested()
  @Type(() => ScheduleExceptionInput)
  input: ScheduleExceptionInput;
}

@ArgsType()
export class RemoveScheduleExceptionArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36, { message: '未找到这条排班调整' })
  id: string;
}

@ArgsType()
export class ScheduleExceptionsArgs extends BookingCategoriesArgs {
  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '开始日期不正确，请按“年-月-日”填写' })
  from: string;

  @Field(() => Int, { defaultValue: 31, description: '1–366' })
  @IsInt({ message: '天数必须是整数' })
  days: number;
}
