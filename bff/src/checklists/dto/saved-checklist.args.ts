import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ChecklistSubjectInput, ShareChecklistInput } from './checklist.args';

/** The same fields (and limits) as a share: the subject, the answers and the ticked codes. */
@InputType('SaveChecklistInput')
export class SaveChecklistInput extends ShareChecklistInput {}

@ArgsType()
export class SaveChecklistArgs {
  @Field(() => SaveChecklistInput)
  @ValidateNested()
  @Type(() => SaveChecklistInput)
  input: SaveChecklistInput;
}

@ArgsType()
export class SavedChecklistsArgs {
  @Field(() => ChecklistSubjectInput, {
    nullable: true,
    description: 'Only the saved checklist of this item or theme (at most one)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChecklistSubjectInput)
  subject?: ChecklistSubjectInput | null;
}

@ArgsType()
export class DeleteSavedChecklistArgs {
  @Field(() => ID, { description: 'A SavedChecklist id' })
  @IsUUID('all', { message: '未找到这份清单' })
  id: string;
}
