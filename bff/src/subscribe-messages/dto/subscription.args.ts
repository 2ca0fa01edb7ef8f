import { ArgsType, Field } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { SubscribePurposeType } from './subscribe-purpose.enum';

@ArgsType()
export class RecordSubscriptionArgs {
  @Field(() => [String], {
    description: 'The template ids the page asked for in one requestSubscribeMessage (1–3)',
  })
  @ArrayMinSize(1, { message: '请至少订阅一种消息' })
  @ArrayMaxSize(3, { message: '一次最多订阅3种消息' })
  @IsString({ each: true })
  @MaxLength(64, { each: true, message: '未知的订阅消息模板' })
  templateIds: string[];

  @Field(() => [String], {
    description: 'The ids the user accepted (the keys whose answer was "accept")',
  })
  @ArrayMaxSize(3, { message: '一次最多订阅3种消息' })
  @IsString({ each: true })
  @MaxLength(64, { each: true, message: '未知的订阅消息模板' })
  accepted: string[];
}

@ArgsType()
export class SubscribeTemplatesArgs {
  @Field(() => [SubscribePurposeType], {
    nullable: true,
    description: 'Only the templates of these purposes (a page asks for at most 3); left out: all',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SubscribePurposeType, { each: true, message: '未知的订阅消息用途' })
  purposes?: SubscribePurposeType[] | null;
}
