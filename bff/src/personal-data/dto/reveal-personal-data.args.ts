import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SUBJECT_KIND_PATTERN } from '../personal-data-subject.registry';
import { PersonalDataFieldType } from './personal-data-field.enum';

@InputType('PersonalDataSubjectInput', {
  description: 'A record holding personal data, e.g. { kind: "APPOINTMENT", id: "…" }',
})
export class PersonalDataSubjectInput {
  @Field({ description: 'The kind of record (APPOINTMENT, …)' })
  @IsString({ message: '未找到该记录' })
  @Matches(SUBJECT_KIND_PATTERN, { message: '未找到该记录' })
  kind: string;

  @Field(() => ID)
  @IsString({ message: '未找到该记录' })
  @MaxLength(64, { message: '未找到该记录' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '未找到该记录' })
  id: string;
}

@ArgsType()
export class RevealPersonalDataArgs {
  @Field(() => PersonalDataSubjectInput)
  @ValidateNested()
  @Type(() => PersonalDataSubjectInput)
  subject: PersonalDataSubjectInput;

  @Field(() => PersonalDataFieldType)
  @IsEnum(PersonalDataFieldType, { message: '请选择要查看的信息' })
  field: PersonalDataFieldType;

  @Field({ description: 'Why the whole value is needed: 5–200 characters, kept in the audit' })
  @IsString({ message: '请填写查看原因（5—200 个字）' })
  @MaxLength(1000, { message: '查看原因不能超过 200 个字' })
  reason: string;
}
