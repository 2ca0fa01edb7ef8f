import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HallZoneKindType {
  FUNCTIONAL_ZONE = 'FUNCTIONAL_ZONE',
  SPECIAL_AREA = 'SPECIAL_AREA',
}
registerEnumType(HallZoneKindType, { name: 'HallZoneKind', description: '功能区 or 专区' });

@ObjectType('HallZone')
export class HallZoneType {
  @Field() code: string;
  @Field() name: string;
  @Field(() => HallZoneKindType) kind: HallZoneKindType;
  @Field(() => Int) floor: number;
  @Field() description: string;
}

@ObjectType('BusinessCategory')
export class BusinessCategoryType {
  @Field({ description: 'Ticket prefix, e.g. A' }) code: string;
  @Field() name: string;
  @Field() description: string;
  @Field() zoneName: string;
}

@ObjectType('Hall')
export class HallType {
  @Field() code: string;
  @Field() name: string;
  @Field() address: string;
  @Field() phone: string;
  @Field() officeHours: string;
  @Field(() => Float, { description: 'GCJ-02' }) longitude: number;
  @Field(() => Float, { description: 'GCJ-02' }) latitude: number;
  @Field(() => Int) windowCount: number;
  @Field(() => [HallZoneType]) zones: HallZoneType[];
  @Field(() => [BusinessCategoryType]) categories: BusinessCategoryType[];
}
