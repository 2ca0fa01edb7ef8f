import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACTIVE_QUEUE_TICKET_STATUSES, type LocalDate, type RecordViewer } from '@shizhong/domain';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import { dialectOf } from '../database/data-source';
import { QueueCategorySettingEntity } from './queue-category-setting.entity';
import { QueueCounterEntity } from './queue-counter.entity';
import { QueueTicketEntity } from './queue-ticket.entity';
import { ServiceWindowStateEntity } from './service-window-state.entity';

/** How many of a category's last completed tickets the wait estimate learns from. */
export const SERVICE_TIME_SAMPLE = 20;

/** The queries of queue tickets; each takes an optional entity manager (a transaction). */
@Injectable()
export class QueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  ticket(id: string, manager?: EntityManager): Promise<QueueTicketEntity | null> {
    return this.manager(manager).findOneBy(QueueTicketEntity, { id });
  }

  byIdempotencyKey(
    ownerUserId: string,
    idempotencyKey: string,
    manager?: EntityManager,
  ): Promise<QueueTicketEntity | null> {
    return this.manager(manager).findOneBy(QueueTicketEntity, { ownerUserId, idempotencyKey });
  }

  byAppointment(appointmentId: string, manager?: EntityManager): Promise<QueueTicketEntity | null> {
    return this.manager(manager).findOneBy(QueueTicketEntity, { appointmentId });
  }

  /** The person's active ticket in a category that day (at most one: the unique active_key). */
  activeOf(
    hallCode: string,
    categoryCode: string,
    serviceDate: LocalDate,
    activeKey: string,
    manager?: EntityManager,
  ): Promise<QueueTicketEntity | null> {
    return this.manager(manager).findOneBy(QueueTicketEntity, {
      hallCode,
      categoryCode,
      serviceDate,
      activeKey,
    });
  }

  /** WAITING, CALLED and HELD tickets of some categories of a hall on a day (one query). */
  activeTickets(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<QueueTicketEntity[]> {
    if (categoryCodes !== null && categoryCodes.length === 0) return Promise.resolve([]);
    return this.manager(manager).find(QueueTicketEntity, {
      where: {
        hallCode,
        serviceDate,
        status: In([...ACTIVE_QUEUE_TICKET_STATUSES]),
        ...(categoryCodes === null ? {} : { categoryCode: In([...categoryCodes]) }),
      },
    });
  }

  /** The WAITING tickets of some categories (the call-next read, inside its transaction). */
  waitingTickets(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[],
    manager: EntityManager,
  ): Promise<QueueTicketEntity[]> {
    return manager.find(QueueTicketEntity, {
      where: {
        hallCode,
        serviceDate,
        status: 'WAITING',
        categoryCode: In([...categoryCodes]),
      },
      select: {
        id: true,
        categoryCode: true,
        priority: true,
        serial: true,
        queuedAt: true,
        targetWindowCode: true,
      },
    });
  }

  /**
   * The service times of each category's last SERVICE_TIME_SAMPLE completed tickets that day,
   * oldest first (one query for all categories: a window function).
   */
  async recentServiceSeconds(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, number[]>> {
    const byCategory = new Map<string, number[]>(categoryCodes.map((code) => [code, []]));
    if (categoryCodes.length === 0) return byCategory;
    const rows = await this.manager(manager).query<
      { category_code: string; service_seconds: number | string }[]
    >(
      `SELECT category_code, service_seconds FROM (
         SELECT category_code, service_seconds, completed_at,
                ROW_NUMBER() OVER (PARTITION BY category_code ORDER BY completed_at DESC, id DESC) AS n
           FROM queue_ticket
          WHERE hall_code = ? AND service_date = ? AND status = 'COMPLETED'
            AND service_seconds IS NOT NULL
            AND category_code IN (${categoryCodes.map(() => '?').join(', ')})
       ) recent
       WHERE n <= ?
       ORDER BY category_code, completed_at ASC`,
      [hallCode, serviceDate, ...categoryCodes, SERVICE_TIME_SAMPLE],
    );
    for (const row of rows) byCategory.get(row.category_code)?.push(Number(row.service_seconds));
    return byCategory;
  }

  counters(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<QueueCounterEntity[]> {
    if (categoryCodes.length === 0) return Promise.resolve([]);
    return this.manager(manager).find(QueueCounterEntity, {
      where: { hallCode, serviceDate, categoryCode: In([...categoryCodes]) },
    });
  }

  categorySettings(
    hallCode: string,
    manager?: EntityManager,
  ): Promise<QueueCategorySettingEntity[]> {
    return this.manager(manager).find(QueueCategorySettingEntity, { where: { hallCode } });
  }

  categorySetting(
    hallCode: string,
    categoryCode: string,
    manager?: EntityManager,
  ): Promise<QueueCategorySettingEntity | null> {
    return this.manager(manager).findOneBy(QueueCategorySettingEntity, { hallCode, categoryCode });
  }

  windowStates(hallCode: string, manager?: EntityManager): Promise<ServiceWindowStateEntity[]> {
    return this.manager(manager).find(ServiceWindowStateEntity, { where: { hallCode } });
  }

  windowState(
    windowCode: string,
    manager?: EntityManager,
  ): Promise<ServiceWindowStateEntity | null> {
    return this.manager(manager).findOneBy(ServiceWindowStateEntity, { windowCode });
  }

  /** The window's state row, locked until the transaction ends (MySQL; SQLite: one writer). */
  lockWindowState(
    manager: EntityManager,
    windowCode: string,
  ): Promise<ServiceWindowStateEntity | null> {
    const query = manager
      .getRepository(ServiceWindowStateEntity)
      .createQueryBuilder('w')
      .where('w.window_code = :windowCode', { windowCode });
    if (dialectOf(this.dataSource) === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  /**
   * The counters of some categories, locked one by one in code order (MySQL): two windows
   * serving overlapping categories take the same rows in the same order, so they queue up
   * instead of deadlocking.
   */
  async lockCounters(
    manager: EntityManager,
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[],
  ): Promise<QueueCounterEntity[]> {
    const mysql = dialectOf(this.dataSource) === 'mysql';
    const counters: QueueCounterEntity[] = [];
    for (const categoryCode of [...categoryCodes].sort()) {
      const query = manager
        .getRepository(QueueCounterEntity)
        .createQueryBuilder('c')
        .where(
          'c.hall_code = :hallCode AND c.category_code = :categoryCode AND c.service_date = :serviceDate',
          { hallCode, categoryCode, serviceDate },
        );
      if (mysql) query.setLock('pessimistic_write');
      const counter = await query.getOne();
      if (counter) counters.push(counter);
    }
    return counters;
  }

  /** The tickets CALLED or HELD at some windows (any day: a ticket left open stays visible). */
  ticketsAtWindows(
    windowCodes: readonly string[],
    manager?: EntityManager,
  ): Promise<QueueTicketEntity[]> {
    if (windowCodes.length === 0) return Promise.resolve([]);
    return this.manager(manager).find(QueueTicketEntity, {
      where: { windowCode: In([...windowCodes]), status: In(['CALLED', 'HELD']) },
      order: { announcedAt: 'ASC' },
    });
  }

  /** Tickets completed that day, per window. */
  async servedToday(
    hallCode: string,
    serviceDate: LocalDate,
    manager?: EntityManager,
  ): Promise<Map<string, number>> {
    const rows = await this.manager(manager)
      .createQueryBuilder(QueueTicketEntity, 't')
      .select('t.window_code', 'windowCode')
      .addSelect('COUNT(*)', 'n')
      .where(
        "t.hall_code = :hallCode AND t.service_date = :serviceDate AND t.status = 'COMPLETED'",
        {
          hallCode,
          serviceDate,
        },
      )
      .groupBy('t.window_code')
      .getRawMany<{ windowCode: string | null; n: number | string }>();
    return new Map(
      rows.flatMap((row) => (row.windowCode ? [[row.windowCode, Number(row.n)]] : [])),
    );
  }

  /** The last `limit` calls of a hall that day, newest first (the display board). */
  lastCalls(
    hallCode: string,
    serviceDate: LocalDate,
    limit: number,
    manager?: EntityManager,
  ): Promise<QueueTicketEntity[]> {
    return this.manager(manager)
      .createQueryBuilder(QueueTicketEntity, 't')
      .where('t.hall_code = :hallCode AND t.service_date = :serviceDate', { hallCode, serviceDate })
      .andWhere('t.announced_at IS NOT NULL AND t.window_code IS NOT NULL')
      .andWhere("t.status IN ('CALLED', 'HELD', 'COMPLETED')")
      .orderBy('t.announced_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** A viewer's tickets that day: taken by them, or for them (their ID number's hash). */
  visibleOnDay(
    viewer: RecordViewer,
    serviceDate: LocalDate,
    manager?: EntityManager,
  ): Promise<QueueTicketEntity[]> {
    return this.manager(manager)
      .createQueryBuilder(QueueTicketEntity, 't')
      .where('t.service_date = :serviceDate', { serviceDate })
      .andWhere(
        new Brackets((where) => {
          where.where('t.owner_user_id = :userId', { userId: viewer.userId });
          if (viewer.idNumberHash) {
            where.orWhere('t.subject_id_number_hash = :hash', { hash: viewer.idNumberHash });
          }
        }),
      )
      .orderBy('t.taken_at', 'ASC')
      .getMany();
  }
}
