import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayKind, planSlots, type LocalDate, type PlannedSlot } from '@shizhong/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { dialectOf } from '../database/data-source';
import { isTransientLockError, sqlTimestamp } from '../database/transaction';
import { AppointmentSlotEntity } from './appointment-slot.entity';
import { BookingCalendarRepository } from './booking-calendar.repository';
import { exceptionsFor } from './schedule-exception.mapper';

export interface PlannedCategorySlot extends PlannedSlot {
  categoryCode: string;
}

export interface SyncResult {
  /** Rows this call created (0 when another call or instance had made them). */
  inserted: number;
  /** Rows set to CLOSED because the day no longer has them (a closure, a new holiday). */
  closed: number;
  /** Rows set back to OPEN because the day has them again. */
  reopened: number;
}

const MAX_ATTEMPTS = 5;

/**
 * Makes the `appointment_slot` rows of a hall's day: one per category and start time that the
 * day's plan (template + holidays + exceptions) has. Idempotent and safe when several calls or
 * BFF instances do it at once: the rows go in with one INSERT that skips existing keys
 * (`ON CONFLICT DO NOTHING` on SQLite, `INSERT IGNORE` on MySQL/MariaDB) on the
 * unique key (hall, category, date, start), so each slot exists exactly once and keeps its first
 * id. Deadlocks between two such inserts on MariaDB are retried. Within one instance, concurrent
 * calls for the same day share one run.
 */
@Injectable()
export class SlotMaterializer {
  private readonly logger = new Logger(SlotMaterializer.name);
  private readonly running = new Map<string, Promise<SyncResult>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BookingCalendarRepository,
    private readonly clock: Clock,
  ) {}

  /** Every category's planned slots of a hall on `date`. */
  async plan(hallCode: string, date: LocalDate): Promise<PlannedCategorySlot[]> {
    const [calendar, templates, exceptions, categories] = await Promise.all([
      this.repository.holidayCalendar(),
      this.repository.templates(hallCode),
      this.repository.exceptions(hallCode, date, date),
      this.repository.categories(hallCode),
    ]);
    const kind = dayKind(calendar, date);
    return categories.flatMap((category) =>
      planSlots({
        date,
        kind,
        template: templates.get(category.code) ?? [],
        exceptions: exceptionsFor(exceptions, category.code),
      }).map((slot) => ({ ...slot, categoryCode: category.code })),
    );
  }

  /**
   * Creates the missing slot rows of a hall's day and brings the status of existing ones in line
   * with the plan. Called on the first read of a released day, and after every holiday or
   * exception edit that touches a day with rows.
   */
  sync(hallCode: string, date: LocalDate): Promise<SyncResult> {
    const key = `${hallCode}|${date}`;
    const running = this.running.get(key);
    if (running) return running;
    const run = this.syncNow(hallCode, date).finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }

  private async syncNow(hallCode: string, date: LocalDate): Promise<SyncResult> {
    const planned = await this.plan(hallCode, date);
    const inserted = await this.insertMissing(hallCode, date, planned);
    const rows = await this.repository.slots(hallCode, null, date, date);
    const plannedKeys = new Set(planned.map((slot) => `${slot.categoryCode}|${slot.start}`));
    const toClose = rows.filter(
      (row) => row.status === 'OPEN' && !plannedKeys.has(`${row.categoryCode}|${row.startTime}`),
    );
    const toOpen = rows.filter(
      (row) => row.status === 'CLOSED' && plannedKeys.has(`${row.categoryCode}|${row.startTime}`),
    );
    await this.setStatus(toClose, 'OPEN', 'CLOSED');
    await this.setStatus(toOpen, 'CLOSED', 'OPEN');
    return { inserted, closed: toClose.length, reopened: toOpen.length };
  }

  private async setStatus(
    rows: AppointmentSlotEntity[],
    from: AppointmentSlotEntity['status'],
    to: AppointmentSlotEntity['status'],
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .update(AppointmentSlotEntity)
      .set({ status: to, version: () => 'version + 1' })
      .where({ id: In(rows.map((row) => row.id)), status: from })
      .execute();
  }

  private async insertMissing(
    hallCode: string,
    date: LocalDate,
    planned: PlannedCategorySlot[],
  ): Promise<number> {
    if (planned.length === 0) return 0;
    // The same order everywhere, so two inserts lock the keys in the same order.
    const slots = [...planned].sort(
      (a, b) => a.categoryCode.localeCompare(b.categoryCode) || a.start.localeCompare(b.start),
    );
    const mysql = dialectOf(this.dataSource) === 'mysql';
    const createdAt = sqlTimestamp(this.clock.now());
    const values = slots.flatMap((slot) => [
      randomUUID(),
      hallCode,
      slot.categoryCode,
      date,
      slot.start,
      slot.end,
      slot.capacity,
      createdAt,
    ]);
    const columns =
      '(id, hall_code, category_code, date, start_time, end_time, capacity, booked, status, ' +
      'version, created_at)';
    const rows = slots.map(() => "(?, ?, ?, ?, ?, ?, ?, 0, 'OPEN', 0, ?)").join(', ');
    // MySQL's IGNORE would also turn bad values into warnings; every value here is built by the
    // BFF from checked reference data, so only duplicate keys can be skipped. (ON DUPLICATE KEY
    // UPDATE would do too, but with mysql2's FOUND_ROWS it reports skipped rows as changed.)
    const sql = mysql
      ? `INSERT IGNORE INTO appointment_slot ${columns} VALUES ${rows}`
      : `INSERT INTO appointment_slot ${columns} VALUES ${rows} ` +
        'ON CONFLICT (hall_code, category_code, date, start_time) DO NOTHING';
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.insert(sql, values);
      } catch (error) {
        if (!isTransientLockError(error) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.warn(`slot insert for ${hallCode} ${date} hit a lock conflict; retrying`);
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  /** Runs an INSERT and returns how many rows it created. */
  private async insert(sql: string, values: unknown[]): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, values, true);
      return result.affected ?? 0;
    } finally {
      await runner.release();
    }
  }
}
