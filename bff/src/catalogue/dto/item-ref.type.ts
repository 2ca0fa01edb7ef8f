import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ItemRef', { description: 'A service item by code and name' })
export class ItemRefType {
  @Field() code: string;
  @Field() name: string;
}
