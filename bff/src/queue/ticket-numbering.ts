import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatTicketNumber, type LocalDate } from '@shizhong/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { dialectOf } from '../database/data-source';
import { inTransaction } from '../database/transaction';
import { isUniqueViolation } from '../database/unique-violation';
import { QueueCounterEntity } from './queue-counter.entity';
import { QueueTicketEntity } from './queue-ticket.entity';

/** A ticket before it has a number. */
export type TicketDraft = Omit<QueueTicketEntity, 'serial' | 'number' | 'serialCategoryCode'>;

const counterKey = (hallCode: string, categoryCode: string, serviceDate: LocalDate) =>
  `${hallCode}|${categoryCode}|${serviceDate}`;
const KNOWN_COUNTERS_MAX = 5_000;

/**
 * Gap-free ticket numbers (per hall, category and day, from 001). The serial and the ticket are
 * written in the caller's transaction:
 *
 *     UPDATE queue_counter SET last_serial = last_serial + 1 WHERE hall, category, day
 *     SELECT last_serial …                      (the row is ours until COMMIT)
 *     INSERT INTO queue_ticket (…, serial, number)
 *
 * The UPDATE locks the counter row until the transaction ends (MySQL; SQLite runs one write
 * transaction at a time), so two takes never read the same serial; a transaction that fails
 * after it — the person already has a ticket, the instance dies — rolls the increment back
 * with the ticket, so no number is skipped. UNIQUE(hall, category, day, serial) backs it up.
 */
@Injectable()
export class TicketNumbering {
  private readonly known = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Makes sure the day's counter row exists, before and outside the numbering transaction (an
   * `INSERT … IGNORE` of its own), so that transaction only UPDATEs an existing row. Remembered
   * per instance.
   */
  async ensureCounter(
    hallCode: string,
    categoryCode: string,
    serviceDate: LocalDate,
    now: Date,
  ): Promise<void> {
    const key = counterKey(hallCode, categoryCode, serviceDate);
    if (this.known.has(key)) return;
    const exists = await this.dataSource
      .getRepository(QueueCounterEntity)
      .existsBy({ hallCode, categoryCode, serviceDate });
    if (!exists) {
      await inTransaction(this.dataSource, (manager) =>
        manager
          .createQueryBuilder()
          .insert()
          .into(QueueCounterEntity)
          .values(newCounter(hallCode, categoryCode, serviceDate, now))
          .orIgnore()
          .execute(),
      );
    }
    if (this.known.size >= KNOWN_COUNTERS_MAX) this.known.clear();
    this.known.add(key);
  }

  /** Numbers `draft` in its category's counter and inserts it, with `manager` (a transaction). */
  async issue(manager: EntityManager, draft: TicketDraft, now: Date): Promise<QueueTicketEntity> {
    const serial = await this.nextSerial(
      manager,
      draft.hallCode,
      draft.categoryCode,
      draft.serviceDate,
      now,
    );
    const ticket: QueueTicketEntity = {
      ...draft,
      serialCategoryCode: draft.categoryCode,
      serial,
      number: formatTicketNumber(draft.categoryCode, serial),
    };
    await manager.getRepository(QueueTicketEntity).insert(ticket);
    return ticket;
  }

  private async nextSerial(
    manager: EntityManager,
    hallCode: string,
    categoryCode: string,
    serviceDate: LocalDate,
    now: Date,
  ): Promise<number> {
    const where = { hallCode, categoryCode, serviceDate };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const updated = await manager
        .createQueryBuilder()
        .update(QueueCounterEntity)
        .set({ lastSerial: () => 'last_serial + 1', updatedAt: now })
        .where(
          'hall_code = :hallCode AND category_code = :categoryCode AND service_date = :serviceDate',
          where,
        )
        .execute();
      if (updated.affected === 1) {
        const query = manager
          .getRepository(QueueCounterEntity)
          .createQueryBuilder('c')
          .select('c.lastSerial', 'lastSerial')
          .where(
            'c.hall_code = :hallCode AND c.category_code = :categoryCode AND c.service_date = :serviceDate',
            where,
          );
        if (dialectOf(this.dataSource) === 'mysql') query.setLock('pessimistic_write');
        const row = await query.getRawOne<{ lastSerial: number | string }>();
        return Number(row?.lastSerial);
      }
      // No counter yet (a check-in hook inside another transaction): make it, then count on it.
      // A concurrent insert of the same row is a unique violation; the UPDATE then finds it.
      try {
        await manager
          .getRepository(QueueCounterEntity)
          .insert(newCounter(hallCode, categoryCode, serviceDate, now));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`no queue counter for ${hallCode} ${categoryCode} ${serviceDate}`);
  }
}

function newCounter(
  hallCode: string,
  categoryCode: string,
  serviceDate: LocalDate,
  now: Date,
): QueueCounterEntity {
  return {
    hallCode,
    categoryCode,
    serviceDate,
    lastSerial: 0,
    consecutivePriorityCalls: 0,
    updatedAt: now,
  };
}
