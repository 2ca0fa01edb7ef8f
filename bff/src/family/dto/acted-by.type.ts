import { Field, ObjectType } from '@nestjs/graphql';
import { FamilyRelationType } from './family-relation.enum';

@ObjectType('ActedBy', {
  description:
    'Who did something for whom, embedded in records (appointments, tickets): "王** 代 张** 办理"',
})
export class ActedByType {
  @Field({ description: 'The citizen who acted, masked (e.g. 王**)' })
  actorMaskedName: string;

  @Field({ description: 'The citizen it was done for, masked (e.g. 张**)' })
  subjectMaskedName: string;

  @Field(() => FamilyRelationType, {
    nullable: true,
    description:
      'How the subject is related to the actor, as the actor stated it; null for oneself',
  })
  relation: FamilyRelationType | null;

  @Field({ description: 'Whether the actor did it for themselves' })
  forSelf: boolean;

  @Field({ description: 'e.g. 王** 代 张** 办理, or 张** 本人办理' })
  summary: string;
}
