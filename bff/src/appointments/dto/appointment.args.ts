import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AppointmentScopeType } from './appointment.enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HALL_CODE = /^[A-Za-z0-9-]{1,32}$/;
const CATEGORY_CODE = /^[A-Za-z0-9]{1,4}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const DATE_MAX = 10;

@InputType('BookAppointmentInput')
export class BookAppointmentInput {
  @Field(() => ID, { description: 'A slot id from bookingSlots' })
  @Matches(UUID, { message: '未找到该预约时段，请重新选择' })
  slotId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Book for this family member (家人代办); left out: for yourself',
  })
  @IsOptional()
  @Matches(UUID, { message: '未找到这位家庭成员' })
  familyMemberId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The category the user chose; a slot of another category is refused (SLOT_CATEGORY_MISMATCH)',
  })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: '业务类别编码格式不正确' })
  categoryCode?: string | null;

  @Field({
    description:
      'Made by the page once per booking attempt (e.g. a UUID) and sent again on every retry of ' +
      'it: the same key books once. 8–64 letters, digits, - or _',
  })
  @Matches(IDEMPOTENCY_KEY, { message: '请求编号格式不正确，请刷新页面后重试' })
  idempotencyKey: string;
}

@ArgsType()
export class BookAppointmentArgs {
  @Field(() => BookAppointmentInput)
  @ValidateNested()
  @Type(() => BookAppointmentInput)
  input: BookAppointmentInput;
}

@ArgsType()
export class AppointmentIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36, { message: '未找到该预约' })
  id: string;
}

@ArgsType()
export class MyAppointmentsArgs {
  @Field(() => AppointmentScopeType, { defaultValue: AppointmentScopeType.UPCOMING })
  @IsEnum(AppointmentScopeType, { message: '请选择即将到来或历史预约' })
  scope: AppointmentScopeType;

  @Field(() => Int, { defaultValue: 20, description: '1–50' })
  @IsInt()
  @Min(1, { message: '每页1到50条' })
  @Max(50, { message: '每页1到50条' })
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: '起始位置不能为负数' })
  offset: number;
}

@ArgsType()
export class MyBookingStatusArgs {
  @Field(() => String, { nullable: true, description: 'Default: the district hall (SZ-HALL)' })
  @IsOptional()
  @Matches(HALL_CODE, { message: '大厅编码格式不正确' })
  hallCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The status of one of your family members' })
  @IsOptional()
  @Matches(UUID, { message: '未找到这位家庭成员' })
  familyMemberId?: string | null;
}

@ArgsType()
export class CheckInAppointmentArgs {
  @Field()
  @Matches(HALL_CODE, { message: '签到二维码无效或已过期，请扫描大厅现场的签到码' })
  hallCode: string;

  @Field({
    description:
      'The token of the hall’s check-in QR code (hallCheckInQr.token), or the scanned content ' +
      'as it is (SZHB:CHECKIN:<token>)',
  })
  @IsString()
  @MaxLength(120, { message: '签到二维码无效或已过期，请扫描大厅现场的签到码' })
  qrToken: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Check in only this appointment; left out: every one of yours open for check-in now',
  })
  @IsOptional()
  @Matches(UUID, { message: '未找到该预约' })
  appointmentId?: string | null;
}

@ArgsType()
export class StaffCheckInArgs {
  @Field({ description: 'The citizen’s check-in code (case and spaces do not matter)' })
  @IsString()
  @MaxLength(20, { message: '签到码不正确，请核对后重新输入' })
  checkInCode: string;
}

@ArgsType()
export class HallCheckInQrArgs {
  @Field()
  @Matches(HALL_CODE, { message: '大厅编码格式不正确' })
  hallCode: string;
}

@ArgsType()
export class HallBookingsArgs {
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' })
  @IsString()
  @MaxLength(DATE_MAX, { message: '日期不正确，请按“年-月-日”填写，如 2026-10-08' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Left out: every category' })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: '业务类别编码格式不正确' })
  categoryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Left out: your own hall. System admins must name one',
  })
  @IsOptional()
  @Matches(HALL_CODE, { message: '大厅编码格式不正确' })
  hallCode?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeCancelled: boolean;
}
