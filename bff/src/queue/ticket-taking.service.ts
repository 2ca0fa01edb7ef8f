import { Injectable } from '@nestjs/common';
import {
  ageOn,
  isElderlyPriority,
  shanghaiDateOf,
  type LocalDate,
  type QueuePriority,
} from '@shizhong/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { PiiCipher } from '../common/pii/pii-cipher';
import { uniqueViolationDetail } from '../database/transaction';
import { isUniqueViolation } from '../database/unique-violation';
import { ActingForService, type ActingSubject } from '../family/acting-for.service';
import { requireQueueHall } from './queue-hall-scope';
import type { QueueTicketEntity, QueueTicketSource } from './queue-ticket.entity';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';
import { TakeEligibility, type TakePlace } from './take-eligibility.service';
import { TicketIssuer } from './ticket-issuer.service';
import type { TicketDraft } from './ticket-numbering';

export interface TakeRequest extends TakePlace {
  elderlyPriority: boolean;
  idempotencyKey: string;
}

/** What the request asked for: a reused key with a different request is refused. */
export function takeRequestHash(request: TakeRequest): string {
  return createHash('sha256')
    .update(`${request.hallCode}|${request.categoryCode}|${request.elderlyPriority ? 1 : 0}`)
    .digest('hex');
}

/** A refusal made right after the key was looked up: no second look. */
class KeyCheckedRefusal extends AppError {}

/** A new WAITING ticket's columns (numbered by TicketNumbering). */
export function newTicketDraft(input: {
  hallCode: string;
  categoryCode: string;
  serviceDate: LocalDate;
  priority: QueuePriority;
  source: QueueTicketSource;
  now: Date;
  ownerUserId: string | null;
  subject: Pick<
    ActingSubject,
    | 'actorNameEnc'
    | 'familyMemberId'
    | 'relation'
    | 'subjectUserId'
    | 'subjectIdNumberHash'
    | 'subjectNameEnc'
  > | null;
}): TicketDraft {
  const { subject, now } = input;
  return {
    id: randomUUID(),
    hallCode: input.hallCode,
    categoryCode: input.categoryCode,
    serviceDate: input.serviceDate,
    priority: input.priority,
    status: 'WAITING',
    source: input.source,
    ownerUserId: input.ownerUserId,
    issuedBy: null,
    note: null,
    actorNameEnc: subject?.actorNameEnc ?? null,
    familyMemberId: subject?.familyMemberId ?? null,
    relation: subject?.relation ?? null,
    subjectUserId: subject?.subjectUserId ?? null,
    subjectIdNumberHash: subject?.subjectIdNumberHash ?? null,
    subjectNameEnc: subject?.subjectNameEnc ?? null,
    appointmentId: null,
    requeued: false,
    takenAt: now,
    queuedAt: now,
    calledAt: null,
    announcedAt: null,
    servingSince: null,
    servedSeconds: 0,
    skippedAt: null,
    completedAt: null,
    cancelledAt: null,
    windowCode: null,
    targetWindowCode: null,
    recallCount: 0,
    serviceSeconds: null,
    activeKey: subject?.subjectIdNumberHash ?? null,
    idempotencyKey: null,
    requestHash: null,
    updatedAt: now,
  };
}

/**
 * 取号: a citizen takes a ticket for themselves — by the door code or remotely near the hall,
 * inside the category's hours, not paused (TakeEligibility); ELDERLY only at 70 or over (from
 * the verified ID number). One active ticket per person and category (the unique active_key);
 * a retried request takes one ticket (the unique owner + idempotency key). Staff issue
 * green-channel tickets.
 */
@Injectable()
export class TicketTakingService {
  constructor(
    private readonly eligibility: TakeEligibility,
    private readonly issuer: TicketIssuer,
    private readonly repository: QueueRepository,
    private readonly acting: ActingForService,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
  ) {}

  async take(userId: string, request: TakeRequest): Promise<QueueTicketEntity> {
    const requestHash = takeRequestHash(request);
    const replay = await this.replay(userId, request.idempotencyKey, requestHash);
    if (replay) return replay;
    try {
      return await this.takeNew(userId, request, requestHash);
    } catch (error) {
      // A retry running alongside its first attempt is refused by what that attempt did (its
      // ticket is the person's active one): it gets that ticket.
      if (error instanceof AppError && !(error instanceof KeyCheckedRefusal)) {
        const again = await this.replay(userId, request.idempotencyKey, requestHash);
        if (again) return again;
      }
      throw error;
    }
  }

  private async takeNew(
    userId: string,
    request: TakeRequest,
    requestHash: string,
  ): Promise<QueueTicketEntity> {
    const now = this.clock.now();
    const serviceDate = shanghaiDateOf(now);
    const { hall, category } = await this.eligibility.requireTakeable(request, now);
    const subject = await this.acting.resolve(userId, null);
    const priority: QueuePriority = request.elderlyPriority ? this.elderly(subject, now) : 'NORMAL';
    const active = await this.repository.activeOf(
      hall.code,
      category.code,
      serviceDate,
      subject.subjectIdNumberHash,
    );
    if (active) throw this.activeExists(subject, category.name, active.number);
    const draft: TicketDraft = {
      ...newTicketDraft({
        hallCode: hall.code,
        categoryCode: category.code,
        serviceDate,
        priority,
        source: request.doorCode !== null ? 'DOOR_QR' : 'REMOTE',
        now,
        ownerUserId: userId,
        subject,
      }),
      idempotencyKey: request.idempotencyKey,
      requestHash,
    };
    try {
      return await this.issuer.issue(draft, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const detail = uniqueViolationDetail(error);
      if (/idempotency/i.test(detail)) {
        const again = await this.replay(userId, request.idempotencyKey, requestHash);
        if (again) return again;
      }
      if (/active_key/i.test(detail)) {
        const taken = await this.repository.activeOf(
          hall.code,
          category.code,
          serviceDate,
          subject.subjectIdNumberHash,
        );
        throw this.activeExists(subject, category.name, taken?.number ?? '');
      }
      throw error;
    }
  }

  /** 绿色通道: staff of the hall issue a priority ticket with no owner (not while paused). */
  async issueGreenChannel(
    caller: AuthUser,
    hallCode: string,
    categoryCode: string,
    reason: string,
  ): Promise<QueueTicketEntity> {
    requireQueueHall(caller, hallCode);
    const note = reason.trim();
    if (note.length < 2 || note.length > 100) {
      throw new AppError('BAD_USER_INPUT', QUEUE_MESSAGES.greenChannelReason, { field: 'reason' });
    }
    const { hall, category } = await this.eligibility.requireCategory(hallCode, categoryCode);
    await this.eligibility.requireNotPaused(hall, category);
    const now = this.clock.now();
    const draft: TicketDraft = {
      ...newTicketDraft({
        hallCode: hall.code,
        categoryCode: category.code,
        serviceDate: shanghaiDateOf(now),
        priority: 'GREEN_CHANNEL',
        source: 'STAFF',
        now,
        ownerUserId: null,
        subject: null,
      }),
      issuedBy: caller.userId,
      note,
    };
    return this.issuer.issue(draft, now);
  }

  private elderly(subject: ActingSubject, now: Date): QueuePriority {
    const idNumber = this.cipher.decrypt(subject.subjectIdNumberEnc);
    if (!isElderlyPriority(ageOn(idNumber, now))) {
      throw new AppError('QUEUE_ELDERLY_NOT_ELIGIBLE', QUEUE_MESSAGES.elderlyNotEligible, {
        field: 'elderlyPriority',
      });
    }
    return 'ELDERLY';
  }

  /** The ticket this key already took (same request), or IDEMPOTENCY_KEY_REUSED. */
  private async replay(
    userId: string,
    idempotencyKey: string,
    requestHash: string,
  ): Promise<QueueTicketEntity | null> {
    const existing = await this.repository.byIdempotencyKey(userId, idempotencyKey);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new KeyCheckedRefusal('IDEMPOTENCY_KEY_REUSED', QUEUE_MESSAGES.idempotencyKeyReused, {
        field: 'idempotencyKey',
      });
    }
    return existing;
  }

  private activeExists(subject: ActingSubject, categoryName: string, number: string): AppError {
    return new AppError(
      'QUEUE_TICKET_ACTIVE_EXISTS',
      QUEUE_MESSAGES.activeExists(subject.forSelf, categoryName, number),
      { number },
    );
  }
}
