import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';

/** Coarse limits only; the rules (and their Chinese messages) are `validatePostalAddress`. */
@InputType('PostalAddressInput')
export class PostalAddressInput {
  @Field({ description: 'Province, city and district (区/县), e.g. 山东省济南市市中区' })
  @IsString({ message: '请填写所在地区（省、市、区县）' })
  @MaxLength(64, { message: '所在地区应写到区县，如：山东省济南市市中区' })
  region: string;

  @Field({ description: 'Street, building, room: 2–100 characters' })
  @IsString({ message: '请填写详细地址' })
  @MaxLength(400, { message: '详细地址不能超过100个字' })
  detail: string;
}

@ArgsType()
export class SetAddressArgs {
  @Field(() => PostalAddressInput)
  @ValidateNested()
  @Type(() => PostalAddressInput)
  input: PostalAddressInput;
}
