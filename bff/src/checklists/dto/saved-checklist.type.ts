import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChecklistAnswerType, ChecklistSubjectKindType } from './checklist.types';

@ObjectType('SavedChecklist', {
  description:
    "A checklist saved on the signed-in citizen's account, read against the current catalogue",
})
export class SavedChecklistType {
  @Field(() => ID) id: string;
  @Field(() => ChecklistSubjectKindType) kind: ChecklistSubjectKindType;
  @Field({ description: 'The item or theme code' }) code: string;
  @Field({ description: 'The item or theme name' }) title: string;

  @Field({ description: 'false when the item or theme has left the catalogue' })
  available: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Needed materials not ticked yet (null when not available)',
  })
  missingCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Questions not answered yet (null when not available)',
  })
  unansweredCount: number | null;

  @Field({ description: 'Nothing missing and every question answered' })
  complete: boolean;

  @Field(() => [ChecklistAnswerType], {
    description: 'Answers to questions the current checklist still asks',
  })
  answers: ChecklistAnswerType[];

  @Field(() => [String], {
    description: 'Ticked codes of materials the current checklist still lists',
  })
  heldCodes: string[];

  @Field() createdAt: Date;
  @Field({ description: 'When it was last saved' }) updatedAt: Date;
}
