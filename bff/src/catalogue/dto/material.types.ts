import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MaterialForms', { description: '原件 / 复印件 / 电子材料: which forms are accepted' })
export class MaterialFormsType {
  @Field() original: boolean;
  @Field() copy: boolean;
  @Field() electronic: boolean;
}

@ObjectType('Material', { description: 'A material one service item asks for' })
export class MaterialType {
  @Field() code: string;
  @Field() name: string;
  @Field({ description: 'False: needed only when `condition` applies' }) required: boolean;
  @Field(() => String, { nullable: true }) condition: string | null;
  @Field(() => MaterialFormsType) forms: MaterialFormsType;
  @Field(() => Int) originalCopies: number;
  @Field(() => Int) copyCopies: number;
  @Field({ description: 'Where to get it (来源)' }) source: string;
  @Field(() => String, { nullable: true }) blankFormUrl: string | null;
  @Field(() => String, { nullable: true }) sampleUrl: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}
