import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonalDataFieldType } from './personal-data-field.enum';

@ObjectType('PiiAccessAuditEntry', {
  description: 'One reveal of a whole personal value by staff; the subject only masked',
})
export class PiiAccessAuditEntryType {
  @Field(() => ID) id: string;

  @Field(() => ID, { description: 'The staff account that revealed the value' })
  staffUserId: string;

  @Field(() => String, { nullable: true })
  staffUsername: string | null;

  @Field(() => String, { nullable: true })
  staffDisplayName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The staff member's hall at the time; null for a system admin",
  })
  staffHallCode: string | null;

  @Field({ description: 'APPOINTMENT, …' })
  subjectKind: string;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'The hall the record belongs to' })
  subjectHallCode: string;

  @Field(() => ID, { nullable: true, description: 'The citizen account the data belongs to' })
  subjectCitizenUserId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The subject's name, masked (张**); null when the record is gone",
  })
  maskedSubjectName: string | null;

  @Field(() => PersonalDataFieldType)
  field: PersonalDataFieldType;

  @Field(() => String, {
    nullable: true,
    description: 'The revealed value as it is now, masked; null when the record is gone',
  })
  maskedValue: string | null;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}

@ObjectType('PiiAccessAuditPage')
export class PiiAccessAuditPageType {
  @Field(() => [PiiAccessAuditEntryType], { description: 'Newest first' })
  items: PiiAccessAuditEntryType[];

  @Field(() => Int, { description: 'Rows matching the filter' })
  total: number;

  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}
