import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const HALL_CODE = /^[A-Za-z0-9-]{1,32}$/;
const CATEGORY_CODE = /^[A-Za-z0-9]{1,4}$/;
const WINDOW_CODE = /^[A-Za-z0-9-]{1,40}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const HALL_MESSAGE = '未找到该服务大厅';
const CATEGORY_MESSAGE = '业务类别编码格式不正确';
const WINDOW_MESSAGE = '窗口编号格式不正确';
const TICKET_MESSAGE = '未找到该号';

@InputType('TakeQueueTicketInput')
export class TakeQueueTicketInput {
  @Field()
  @Matches(HALL_CODE, { message: HALL_MESSAGE })
  hallCode: string;

  @Field({ description: 'A–H (queueCategories)' })
  @Matches(CATEGORY_CODE, { message: CATEGORY_MESSAGE })
  categoryCode: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The scanned door code (SZHB:DOOR:… or its token). Left out: a remote take, which needs ' +
      'latitude and longitude within QUEUE_REMOTE_MAX_METERS of the hall',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '取号二维码无效或已过期，请重新扫描大厅门口屏幕上的取号码' })
  doorCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'GCJ-02 (what wx.getLocation gives)' })
  @IsOptional()
  @IsNumber({}, { message: '位置信息不正确，请重新定位后再试' })
  @Min(-90, { message: '位置信息不正确，请重新定位后再试' })
  @Max(90, { message: '位置信息不正确，请重新定位后再试' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: '位置信息不正确，请重新定位后再试' })
  @Min(-180, { message: '位置信息不正确，请重新定位后再试' })
  @Max(180, { message: '位置信息不正确，请重新定位后再试' })
  longitude?: number | null;

  @Field({
    defaultValue: false,
    description: '老年人优先: only for people aged 70 or over (QUEUE_ELDERLY_NOT_ELIGIBLE)',
  })
  @IsBoolean()
  elderlyPriority: boolean;

  @Field({
    description:
      'Made by the page once per take (e.g. a UUID) and sent again on every retry of it: the ' +
      'same key takes one ticket. 8–64 letters, digits, - or _',
  })
  @Matches(IDEMPOTENCY_KEY, { message: '请求编号格式不正确，请刷新页面后重试' })
  idempotencyKey: string;
}

@ArgsType()
export class TakeQueueTicketArgs {
  @Field(() => TakeQueueTicketInput)
  @ValidateNested()
  @Type(() => TakeQueueTicketInput)
  input: TakeQueueTicketInput;
}

@ArgsType()
export class HallCodeArgs {
  @Field()
  @Matches(HALL_CODE, { message: HALL_MESSAGE })
  hallCode: string;
}

@ArgsType()
export class QueueTicketIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36, { message: TICKET_MESSAGE })
  id: string;
}

@ArgsType()
export class GreenChannelArgs {
  @Field()
  @Matches(HALL_CODE, { message: HALL_MESSAGE })
  hallCode: string;

  @Field()
  @Matches(CATEGORY_CODE, { message: CATEGORY_MESSAGE })
  categoryCode: string;

  @Field({ description: '2–100 characters, e.g. 行动不便的残疾人; staff only, never shown' })
  @IsString()
  @MaxLength(100, { message: '请填写2到100个字的绿色通道原因' })
  reason: string;
}

@ArgsType()
export class WindowCodeArgs {
  @Field({ description: 'e.g. SZ-HALL-W012' })
  @Matches(WINDOW_CODE, { message: WINDOW_MESSAGE })
  windowCode: string;
}

@ArgsType()
export class OpenWindowArgs extends WindowCodeArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'A subset of the window’s categories; left out: all of them',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(CATEGORY_CODE, { each: true, message: CATEGORY_MESSAGE })
  categoryCodes?: string[] | null;
}

@ArgsType()
export class ResumeTicketArgs extends WindowCodeArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36, { message: TICKET_MESSAGE })
  ticketId: string;
}

@InputType('TransferTicketInput')
export class TransferTicketInput {
  @Field(() => ID, { description: 'The window’s current ticket or one it holds' })
  @IsString()
  @MaxLength(36, { message: TICKET_MESSAGE })
  ticketId: string;

  @Field(() => String, { nullable: true, description: 'Into this category’s queue' })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: CATEGORY_MESSAGE })
  toCategoryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'To this window: only it calls the ticket, before anyone else',
  })
  @IsOptional()
  @Matches(WINDOW_CODE, { message: WINDOW_MESSAGE })
  toWindowCode?: string | null;
}

@ArgsType()
export class TransferTicketArgs extends WindowCodeArgs {
  @Field(() => TransferTicketInput)
  @ValidateNested()
  @Type(() => TransferTicketInput)
  input: TransferTicketInput;
}

@ArgsType()
export class CategoryPausedArgs {
  @Field()
  @Matches(HALL_CODE, { message: HALL_MESSAGE })
  hallCode: string;

  @Field()
  @Matches(CATEGORY_CODE, { message: CATEGORY_MESSAGE })
  categoryCode: string;

  @Field()
  @IsBoolean()
  paused: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to citizens (up to 100 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '暂停原因最多100个字' })
  reason?: string | null;
}
