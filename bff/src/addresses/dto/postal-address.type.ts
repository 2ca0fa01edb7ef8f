import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PostalAddress', {
  description: 'The postal address for 政务专递 (results posted home); the detail only masked',
})
export class PostalAddressType {
  @Field({ description: 'Province, city, district: e.g. 山东省济南市市中区' })
  region: string;

  @Field({ description: 'The region, the first characters of the detail, then ****' })
  masked: string;
}
