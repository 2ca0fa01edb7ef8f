import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ThemeSummary', { description: 'A 一件事 theme in a list' })
export class ThemeSummaryType {
  @Field() code: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int) itemCount: number;
  @Field(() => Int, { description: 'Working days for the whole theme' }) committedDays: number;
}
