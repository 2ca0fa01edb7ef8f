import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { maskPersonalValue } from './mask-personal-value';
import { PersonalDataSubjectRegistry } from './personal-data-subject.registry';
import { PiiAccessAuditEntity } from './pii-access-audit.entity';

export const MAX_AUDIT_PAGE = 100;

export interface PiiAccessAuditQuery {
  hallCode?: string | null;
  staffUserId?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
  offset: number;
  limit: number;
}

/** An audit row with who the staff member is and the subject's values, masked, as they are now. */
export interface PiiAccessAuditView {
  row: PiiAccessAuditEntity;
  staffUsername: string | null;
  staffDisplayName: string | null;
  maskedSubjectName: string | null;
  maskedValue: string | null;
}

/**
 * Reads the reveal audit for admins: hall admins see the reveals of their own hall's records
 * (whoever revealed them, system admins included), system admins every hall's. Newest first.
 */
@Injectable()
export class PiiAccessAuditService {
  private readonly logger = new Logger('PiiAccessAudit');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataSubjectRegistry,
    private readonly cipher: PiiCipher,
  ) {}

  async list(
    caller: AuthUser,
    query: PiiAccessAuditQuery,
  ): Promise<{ total: number; items: PiiAccessAuditView[] }> {
    const hallCode = this.hallScope(caller, query.hallCode ?? null);
    const builder = this.dataSource
      .getRepository(PiiAccessAuditEntity)
      .createQueryBuilder('audit')
      .orderBy('audit.createdAt', 'DESC')
      .addOrderBy('audit.id', 'DESC')
      .skip(query.offset)
      .take(Math.min(query.limit, MAX_AUDIT_PAGE));
    if (hallCode) builder.andWhere('audit.subjectHallCode = :hallCode', { hallCode });
    if (query.staffUserId) {
      builder.andWhere('audit.staffUserId = :staffUserId', { staffUserId: query.staffUserId });
    }
    if (query.from) builder.andWhere('audit.createdAt >= :from', { from: query.from });
    if (query.to) builder.andWhere('audit.createdAt < :to', { to: query.to });
    const [rows, total] = await builder.getManyAndCount();

    const staffIds = [...new Set(rows.map((row) => row.staffUserId))];
    const staff = staffIds.length
      ? await this.dataSource
          .getRepository(StaffAccountEntity)
          .createQueryBuilder('staff')
          .select(['staff.userId', 'staff.username', 'staff.displayName'])
          .where('staff.userId IN (:...staffIds)', { staffIds })
          .getMany()
      : [];
    const staffById = new Map(staff.map((account) => [account.userId, account]));
    const masked = new Map<string, Promise<Partial<Record<string, string>>>>();

    const items: PiiAccessAuditView[] = [];
    for (const row of rows) {
      const key = `${row.subjectKind}\u0000${row.subjectId}`;
      if (!masked.has(key)) masked.set(key, this.maskedValuesOf(row.subjectKind, row.subjectId));
      const values = await masked.get(key)!;
      const account = staffById.get(row.staffUserId);
      items.push({
        row,
        staffUsername: account?.username ?? null,
        staffDisplayName: account?.displayName ?? null,
        maskedSubjectName: values.NAME ?? null,
        maskedValue: values[row.field] ?? null,
      });
    }
    return { total, items };
  }

  /** The hall the caller may read: their own for a hall admin, any (or all) for a system admin. */
  private hallScope(caller: AuthUser, requested: string | null): string | null {
    if (caller.role === 'SYSTEM_ADMIN') return requested;
    if (caller.role !== 'HALL_ADMIN' || !caller.hallCode) throw new AppError('FORBIDDEN');
    if (requested && requested !== caller.hallCode) {
      throw new AppError('FORBIDDEN', '只能查看本大厅的查看记录');
    }
    return caller.hallCode;
  }

  /** The subject's current values, masked; empty when it is gone or cannot be read. */
  private async maskedValuesOf(
    kind: string,
    subjectId: string,
  ): Promise<Partial<Record<string, string>>> {
    try {
      const subject = await this.registry.resolve(kind, subjectId, this.dataSource.manager);
      if (!subject) return {};
      const result: Partial<Record<string, string>> = {};
      for (const [field, encrypted] of Object.entries(subject.encrypted)) {
        if (encrypted) {
          result[field] = maskPersonalValue(
            field as Parameters<typeof maskPersonalValue>[0],
            this.cipher.decrypt(encrypted),
          );
        }
      }
      return result;
    } catch (error) {
      this.logger.warn(`could not mask ${kind} subject: ${(error as Error).message}`);
      return {};
    }
  }
}
