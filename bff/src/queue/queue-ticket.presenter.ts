import { Injectable } from '@nestjs/common';
import { maskName, ticketTransition } from '@shizhong/domain';
import { PiiCipher } from '../common/pii/pii-cipher';
import type { ActedByType } from '../family/dto/acted-by.type';
import { toActedBy } from '../family/acted-by.mapper';
import { QueuePriorityType, QueueTicketSourceType, QueueTicketStatusType } from './dto/queue.enums';
import type { QueueTicketType } from './dto/queue.types';
import type { TicketPosition } from './queue-positions';
import type { QueueHall } from './queue-reference.service';
import type { QueueTicketEntity } from './queue-ticket.entity';

interface MaskedNames {
  actedBy: ActedByType | null;
  subjectName: string | null;
}

/** Masked names of this many tickets are kept (a ticket's names never change). */
const NAME_CACHE_SIZE = 20_000;

/**
 * A ticket as its owner, its subject or hall staff see it: names masked (never an ID number or
 * phone), the window to go to, the position and wait while WAITING, what may be done with it.
 * A queue is presented again on every change, so the masked names of a ticket are decrypted once
 * and kept (masked) per instance.
 */
@Injectable()
export class QueueTicketPresenter {
  private readonly names = new Map<string, MaskedNames>();

  constructor(private readonly cipher: PiiCipher) {}

  present(
    row: QueueTicketEntity,
    hall: QueueHall,
    position: TicketPosition | null,
  ): QueueTicketType {
    const category = hall.categoryByCode.get(row.categoryCode);
    const window = row.windowCode ? hall.windowByCode.get(row.windowCode) : undefined;
    const atWindow = row.status === 'CALLED' || row.status === 'HELD';
    const { actedBy, subjectName } = this.maskedNames(row);
    return {
      id: row.id,
      hallCode: row.hallCode,
      categoryCode: row.categoryCode,
      categoryName: category?.name ?? row.categoryCode,
      number: row.number,
      serviceDate: row.serviceDate,
      priority: QueuePriorityType[row.priority],
      status: QueueTicketStatusType[row.status],
      source: QueueTicketSourceType[row.source],
      ahead: row.status === 'WAITING' ? (position?.ahead ?? null) : null,
      estimatedWait: row.status === 'WAITING' ? (position?.estimatedWait ?? null) : null,
      windowCode: atWindow ? row.windowCode : null,
      windowNumber: atWindow ? (window?.number ?? null) : null,
      windowLabel: atWindow ? (window?.label ?? null) : null,
      zoneName: atWindow && window ? window.zoneName : (category?.zoneName ?? null),
      takenAt: row.takenAt,
      calledAt: row.calledAt,
      completedAt: row.completedAt,
      requeued: row.requeued,
      canCancel:
        row.ownerUserId !== null && ticketTransition(row.status, 'CANCEL', row.requeued).ok,
      canRequeue:
        row.ownerUserId !== null && ticketTransition(row.status, 'REQUEUE', row.requeued).ok,
      actedBy,
      subjectName,
    };
  }

  private maskedNames(row: QueueTicketEntity): MaskedNames {
    const hit = this.names.get(row.id);
    if (hit) return hit;
    const actedBy =
      row.actorNameEnc && row.subjectNameEnc
        ? toActedBy(
            {
              actorNameEnc: row.actorNameEnc,
              subjectNameEnc: row.subjectNameEnc,
              relation: row.relation,
            },
            this.cipher,
          )
        : null;
    const names: MaskedNames = {
      actedBy,
      subjectName: actedBy
        ? actedBy.subjectMaskedName
        : row.subjectNameEnc
          ? maskName(this.cipher.decrypt(row.subjectNameEnc))
          : null,
    };
    if (this.names.size >= NAME_CACHE_SIZE) {
      // Drop the oldest entry (Map keeps insertion order).
      const oldest = this.names.keys().next();
      if (!oldest.done) this.names.delete(oldest.value);
    }
    this.names.set(row.id, names);
    return names;
  }
}
