import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ChecklistSubjectKindType } from './checklist.types';

export const MAX_CHECKLIST_ENTRIES = 100;
const CODE = /^[A-Za-z0-9_-]+$/;

@InputType('ChecklistSubjectInput')
export class ChecklistSubjectInput {
  @Field(() => ChecklistSubjectKindType)
  @IsEnum(ChecklistSubjectKindType, { message: '清单对象只能是事项或主题' })
  kind: ChecklistSubjectKindType;

  @Field()
  @MaxLength(64, { message: '事项或主题编码过长' })
  @Matches(CODE, { message: '事项或主题编码格式不正确' })
  code: string;
}

@ArgsType()
export class ChecklistArgs {
  @Field(() => ChecklistSubjectInput)
  @ValidateNested()
  @Type(() => ChecklistSubjectInput)
  subject: ChecklistSubjectInput;
}

@InputType('ChecklistAnswerInput')
export class ChecklistAnswerInput {
  @Field()
  @MaxLength(32, { message: '问题编号过长' })
  @Matches(CODE, { message: '问题编号格式不正确' })
  questionId: string;

  @Field()
  @IsBoolean({ message: '回答只能是“是”或“否”' })
  yes: boolean;
}

@InputType('ShareChecklistInput')
export class ShareChecklistInput {
  @Field(() => ChecklistSubjectInput)
  @ValidateNested()
  @Type(() => ChecklistSubjectInput)
  subject: ChecklistSubjectInput;

  @Field(() => [ChecklistAnswerInput])
  @ArrayMaxSize(MAX_CHECKLIST_ENTRIES, { message: `最多回答 ${MAX_CHECKLIST_ENTRIES} 个问题` })
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerInput)
  answers: ChecklistAnswerInput[];

  @Field(() => [String])
  @ArrayMaxSize(MAX_CHECKLIST_ENTRIES, { message: `最多勾选 ${MAX_CHECKLIST_ENTRIES} 项材料` })
  @MaxLength(16, { each: true, message: '材料编码过长' })
  @Matches(CODE, { each: true, message: '材料编码格式不正确' })
  heldCodes: string[];
}

@ArgsType()
export class ShareChecklistArgs {
  @Field(() => ShareChecklistInput)
  @ValidateNested()
  @Type(() => ShareChecklistInput)
  input: ShareChecklistInput;
}

@ArgsType()
export class SharedChecklistArgs {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{22}$/, { message: '分享链接无效' })
  token: string;
}
