import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ProcessStep', { description: 'One step of handling an item (办理流程)' })
export class ProcessStepType {
  @Field() name: string;
  @Field() description: string;
  @Field({ description: '申请人 / 窗口 / 审批科室 / 现场核查' }) actor: string;
}

@ObjectType('Fee')
export class FeeType {
  @Field() name: string;
  @Field(() => Float) amount: number;
  @Field() unit: string;
  @Field({ description: 'The rule the fee is charged by' }) basis: string;
}

@ObjectType('FaqEntry')
export class FaqEntryType {
  @Field() question: string;
  @Field() answer: string;
}

@ObjectType('ItemResult', { description: 'What the applicant receives (办理结果)' })
export class ItemResultType {
  @Field() name: string;
  @Field({ description: '证照 / 批文 / 其他' }) kind: string;
}
