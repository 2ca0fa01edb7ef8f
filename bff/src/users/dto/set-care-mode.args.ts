import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class SetCareModeArgs {
  @Field()
  @IsBoolean({ message: '长辈版开关只能是开或关' })
  enabled: boolean;
}
