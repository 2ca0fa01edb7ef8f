import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FamilyLinkStatusType } from './family-link-status.enum';
import { FamilyRelationType } from './family-relation.enum';

@ObjectType('FamilyLinkToMe', {
  description:
    'Someone added the signed-in citizen as a family member to act for them; only masked values',
})
export class FamilyLinkToMeType {
  @Field(() => ID) id: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The adder's real name masked (e.g. 王**); null when they have no real-name profile",
  })
  ownerMaskedName: string | null;

  @Field(() => FamilyRelationType, {
    description: 'How the adder said the signed-in citizen is related to them',
  })
  relation: FamilyRelationType;

  @Field(() => FamilyLinkStatusType)
  status: FamilyLinkStatusType;

  @Field({ description: 'When the adder added the signed-in citizen' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the citizen accepted or declined' })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the citizen revoked it' })
  revokedAt: Date | null;
}
