import { ArgsType, Field } from '@nestjs/graphql';
import { Matches, MaxLength } from 'class-validator';

@ArgsType()
export class ThemeArgs {
  @Field()
  @MaxLength(64, { message: '主题编码过长' })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '主题编码格式不正确' })
  code: string;
}
