import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType('RealNameInput')
export class RealNameInput {
  @Field({ description: 'As on the ID card' })
  @IsString({ message: '请输入姓名' })
  @MaxLength(64, { message: '姓名过长' })
  name: string;

  @Field({ description: '18 characters; spaces and a lower-case x are accepted' })
  @IsString({ message: '请输入身份证号码' })
  @MaxLength(32, { message: '身份证号码应为18位，由数字组成，最后一位可以是X' })
  idNumber: string;
}

@ArgsType()
export class SubmitRealNameArgs {
  @Field(() => RealNameInput)
  @ValidateNested()
  @Type(() => RealNameInput)
  input: RealNameInput;
}
