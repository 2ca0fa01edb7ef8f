import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_AUDIT_PAGE } from '../pii-access-audit.service';

@InputType('PiiAccessAuditFilter')
export class PiiAccessAuditFilterInput {
  @Field(() => String, {
    nullable: true,
    description: "The records' hall; hall admins: their own (the default), system admins: any",
  })
  @IsOptional()
  @IsString({ message: '大厅编码格式不正确' })
  @MaxLength(32, { message: '大厅编码格式不正确' })
  @Matches(/^[A-Z0-9-]+$/, { message: '大厅编码格式不正确' })
  hallCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reveals by this staff account' })
  @IsOptional()
  @IsUUID('all', { message: '工作人员编号格式不正确' })
  staffUserId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive)' })
  @IsOptional()
  @IsDate({ message: '开始时间格式不正确' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive)' })
  @IsOptional()
  @IsDate({ message: '结束时间格式不正确' })
  to?: Date | null;
}

@ArgsType()
export class PiiAccessAuditArgs {
  @Field(() => PiiAccessAuditFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PiiAccessAuditFilterInput)
  filter?: PiiAccessAuditFilterInput | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: '起始位置必须是整数' })
  @Min(0, { message: '起始位置不能小于 0' })
  @Max(100_000, { message: '起始位置过大' })
  offset: number;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_AUDIT_PAGE, { message: `每页最多显示 ${MAX_AUDIT_PAGE} 条` })
  limit: number;
}
