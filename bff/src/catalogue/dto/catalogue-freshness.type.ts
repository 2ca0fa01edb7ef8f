import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CatalogueFreshness')
export class CatalogueFreshnessType {
  @Field(() => Date, {
    nullable: true,
    description: 'When the catalogue was last synced from the approval backend',
  })
  syncedAt: Date | null;

  @Field({ description: 'True when the last sync attempt failed and the data may be out of date' })
  stale: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds since the last successful sync' })
  ageSeconds: number | null;
}
