import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FamilyRelationType } from './family-relation.enum';

@InputType('FamilyMemberInput')
export class FamilyMemberInput {
  @Field({ description: 'As on the ID card' })
  @IsString({ message: '请输入姓名' })
  @MaxLength(64, { message: '姓名过长' })
  name: string;

  @Field()
  @IsString({ message: '请输入身份证号码' })
  @MaxLength(32, { message: '身份证号码应为18位，由数字组成，最后一位可以是X' })
  idNumber: string;

  @Field(() => String, { nullable: true, description: 'A Chinese mobile number (optional)' })
  @IsOptional()
  @IsString({ message: '请输入正确的中国大陆手机号码' })
  @MaxLength(32, { message: '手机号码应为11位数字' })
  phone?: string | null;

  @Field(() => FamilyRelationType)
  @IsEnum(FamilyRelationType, { message: '请选择与您的关系' })
  relation: FamilyRelationType;
}

@ArgsType()
export class AddFamilyMemberArgs {
  @Field(() => FamilyMemberInput)
  @ValidateNested()
  @Type(() => FamilyMemberInput)
  input: FamilyMemberInput;
}

@ArgsType()
export class RemoveFamilyMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '未找到这位家庭成员' })
  id: string;
}

@ArgsType()
export class RespondToFamilyLinkArgs {
  @Field(() => ID, { description: 'A link from familyLinksToMe' })
  @IsUUID('all', { message: '未找到这条家人请求' })
  id: string;

  @Field({ description: 'true: confirm (同意), false: decline (拒绝)' })
  @IsBoolean()
  accept: boolean;
}

@ArgsType()
export class RevokeFamilyLinkArgs {
  @Field(() => ID, { description: 'A link from familyLinksToMe' })
  @IsUUID('all', { message: '未找到这条家人请求' })
  id: string;
}
