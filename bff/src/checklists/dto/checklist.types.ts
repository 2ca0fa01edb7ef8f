import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ItemRefType } from '../../catalogue/dto/item-ref.type';
import { MaterialFormsType } from '../../catalogue/dto/material.types';

export enum ChecklistSubjectKindType {
  ITEM = 'ITEM',
  THEME = 'THEME',
}
registerEnumType(ChecklistSubjectKindType, {
  name: 'ChecklistSubjectKind',
  description: 'A checklist is for one service item or for a 一件事 theme',
});

@ObjectType('ChecklistQuestion', {
  description: 'A yes/no question deciding conditional materials',
})
export class ChecklistQuestionType {
  @Field({ description: 'Stable across catalogue updates' }) id: string;
  @Field({ description: 'e.g. 经营场所是租赁的吗？' }) text: string;
}

@ObjectType('ChecklistMaterial')
export class ChecklistMaterialType {
  @Field() code: string;
  @Field() name: string;
  @Field() required: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'For a conditional material: the question that decides whether it is needed',
  })
  questionId: string | null;
  @Field(() => MaterialFormsType) forms: MaterialFormsType;
  @Field(() => Int) originalCopies: number;
  @Field(() => Int) copyCopies: number;
  @Field({ description: 'Where to get it' }) source: string;
  @Field(() => [ItemRefType]) usedBy: ItemRefType[];
}

@ObjectType('ChecklistTemplate', {
  description: '不打回票打清单: what to bring for an item or theme',
})
export class ChecklistTemplateType {
  @Field(() => ChecklistSubjectKindType) kind: ChecklistSubjectKindType;
  @Field() code: string;
  @Field({ description: 'The item or theme name' }) title: string;
  @Field(() => [ChecklistQuestionType]) questions: ChecklistQuestionType[];
  @Field(() => [ChecklistMaterialType]) materials: ChecklistMaterialType[];
}

@ObjectType('ChecklistAnswer')
export class ChecklistAnswerType {
  @Field() questionId: string;
  @Field() yes: boolean;
}

@ObjectType('SharedChecklist', { description: 'A read-only snapshot of a filled-in checklist' })
export class SharedChecklistType {
  @Field({ description: 'Goes into the share link' }) token: string;
  @Field(() => ChecklistTemplateType) template: ChecklistTemplateType;
  @Field(() => [ChecklistAnswerType]) answers: ChecklistAnswerType[];
  @Field(() => [String], { description: 'Codes of the materials the sharer has' })
  heldCodes: string[];
  @Field() createdAt: Date;
}
