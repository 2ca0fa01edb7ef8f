import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Profile', {
  description: 'The real-name profile (实名) of the signed-in citizen; only masked values',
})
export class ProfileType {
  @Field({ description: 'e.g. 张**' })
  maskedName: string;

  @Field({ description: 'e.g. 370***********1234' })
  maskedIdNumber: string;

  @Field(() => String, { nullable: true, description: 'e.g. 138****5678; null until confirmed' })
  maskedPhone: string | null;

  @Field({ description: 'Whether the phone was confirmed with an SMS code' })
  phoneVerified: boolean;

  @Field(() => Int, { description: 'Whole years, from the ID number' })
  age: number;

  @Field({
    description: 'True at 60 and over while care mode (长辈版) is off: offer to turn it on',
  })
  suggestCareMode: boolean;
}
