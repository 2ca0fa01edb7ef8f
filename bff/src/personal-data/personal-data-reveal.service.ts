import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { RATE_LIMITER, type RateLimiter } from '../common/rate-limit/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { PersonalDataField } from './personal-data-field';
import { PersonalDataSubjectRegistry } from './personal-data-subject.registry';
import { PiiAccessAuditEntity } from './pii-access-audit.entity';
import { mayRevealInHall } from './reveal-access';
import { requireRevealReason } from './reveal-reason';
import { inTransaction } from '../database/transaction';

const HOUR_MS = 60 * 60_000;

export interface SubjectRef {
  kind: string;
  id: string;
}

/**
 * Staff reveal a whole personal value only with a stated reason, and only together with its
 * audit row: the record is read, checked, decrypted and the audit row written in one transaction,
 * so no value leaves without a committed row. A refusal (bad reason, too many reveals, unknown
 * record, another hall, no such value) writes nothing.
 */
@Injectable()
export class PersonalDataRevealService {
  private readonly logger = new Logger('PersonalDataReveal');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataSubjectRegistry,
    private readonly cipher: PiiCipher,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reveal(
    caller: AuthUser,
    subject: SubjectRef,
    field: PersonalDataField,
    reasonInput: string,
    now = new Date(),
  ): Promise<string> {
    const reason = requireRevealReason(reasonInput);
    await this.checkRateLimit(caller.userId);
    if (!this.registry.has(subject.kind)) throw new AppError('NOT_FOUND', '未找到该记录');
    return inTransaction(this.dataSource, async (manager) => {
      const found = await this.registry.resolve(subject.kind, subject.id, manager);
      if (!found) throw new AppError('NOT_FOUND', '未找到该记录');
      if (!mayRevealInHall(caller, found.hallCode)) {
        throw new AppError('FORBIDDEN', '只能查看本大厅办理的记录');
      }
      const encrypted = found.encrypted[field];
      if (!encrypted) throw new AppError('NOT_FOUND', '该记录没有登记这项信息');
      const value = this.cipher.decrypt(encrypted);
      const row: PiiAccessAuditEntity = {
        id: randomUUID(),
        staffUserId: caller.userId,
        staffHallCode: caller.hallCode,
        subjectKind: subject.kind,
        subjectId: subject.id,
        subjectHallCode: found.hallCode,
        subjectCitizenUserId: found.citizenUserId ?? null,
        field,
        reason,
        createdAt: now,
      };
      await manager.getRepository(PiiAccessAuditEntity).insert(row);
      return value;
    });
  }

  /**
   * At most PII_REVEAL_LIMIT_PER_HOUR reveals per staff member and hour (shared across instances
   * through Redis): the audit shows abuse afterwards, the limit slows harvesting down meanwhile.
   */
  private async checkRateLimit(staffUserId: string): Promise<void> {
    let result;
    try {
      result = await this.limiter.hit(
        `pii-reveal:staff:${staffUserId}`,
        this.config.PII_REVEAL_LIMIT_PER_HOUR,
        HOUR_MS,
      );
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, not limiting: ${(error as Error).message}`);
      return;
    }
    if (!result.allowed) {
      throw new AppError('RATE_LIMITED', '查看完整信息过于频繁，请稍后再试', {
        retryAfterSeconds: Math.ceil(result.resetInMs / 1000),
      });
    }
  }
}
