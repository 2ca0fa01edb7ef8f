import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FamilyLinkStatusType } from './family-link-status.enum';
import { FamilyRelationType } from './family-relation.enum';

@ObjectType('FamilyMember', {
  description: 'Someone the signed-in citizen acts for (代办); only masked values',
})
export class FamilyMemberType {
  @Field(() => ID) id: string;

  @Field({ description: 'e.g. 张**' })
  maskedName: string;

  @Field({ description: 'e.g. 370***********1234' })
  maskedIdNumber: string;

  @Field(() => String, { nullable: true, description: 'e.g. 138****5678' })
  maskedPhone: string | null;

  @Field(() => FamilyRelationType)
  relation: FamilyRelationType;

  @Field(() => Int, { description: 'Whole years, from the ID number' })
  age: number;

  @Field(() => FamilyLinkStatusType, {
    description: 'Whether the member (if they have an account) agreed to be acted for',
  })
  linkStatus: FamilyLinkStatusType;

  @Field({
    description: 'Whether the citizen may act for the member now (CONFIRMED or NO_ACCOUNT)',
  })
  canActFor: boolean;
}
