import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAX_YEAR,
  MIN_YEAR,
  addDays,
  scheduleExceptionProblem,
  shanghaiDateOf,
  yearOf,
  type HolidayKind,
  type LocalDate,
  type ScheduleExceptionKind,
} from '@shizhong/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { CALENDAR_MESSAGES } from './booking-calendar.messages';
import { BookingCalendarRepository } from './booking-calendar.repository';
import { requireDate } from './booking-calendar.service';
import { HolidayYearEntity } from './holiday-year.entity';
import { HolidayEntity } from './holiday.entity';
import { ScheduleExceptionEntity } from './schedule-exception.entity';
import { SlotMaterializer } from './slot-materializer.service';
import { inTransaction } from '../database/transaction';

export const ADMIN_HOLIDAY_SOURCE = 'admin';

export interface HolidayYearView {
  year: number;
  published: boolean;
  source: string | null;
  publishedAt: Date | null;
  holidays: HolidayEntity[];
}

export interface NewHoliday {
  date: string;
  kind: HolidayKind;
  name: string;
}

export interface NewScheduleException {
  hallCode: string;
  date: string;
  categoryCode: string | null;
  kind: ScheduleExceptionKind;
  startTime: string | null;
  endTime: string | null;
  slotMinutes: number | null;
  capacity: number | null;
  reason: string;
}

type Caller = Pick<AuthUser, 'userId' | 'role' | 'hallCode'>;

/**
 * What hall admins change in the calendar: holidays (nationwide, so any hall admin or system
 * admin may enter them — 2027's when the State Council publishes it) and their own hall's
 * schedule exceptions. Each change re-checks the slot rows of the days it touches.
 */
@Injectable()
export class BookingCalendarAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BookingCalendarRepository,
    private readonly materializer: SlotMaterializer,
    private readonly clock: Clock,
  ) {}

  async holidayYear(year: number): Promise<HolidayYearView> {
    requireYear(year);
    const [row, holidays] = await Promise.all([
      this.dataSource.getRepository(HolidayYearEntity).findOneBy({ year }),
      this.dataSource
        .getRepository(HolidayEntity)
        .find({ where: { year }, order: { date: 'ASC' } }),
    ]);
    return {
      year,
      published: row?.published ?? false,
      source: row?.source ?? null,
      publishedAt: row?.publishedAt ?? null,
      holidays,
    };
  }

  async upsertHoliday(caller: Caller, input: NewHoliday): Promise<HolidayEntity> {
    const date = requireDate(input.date, 'date');
    const name = input.name.trim();
    if (name.length < 1 || name.length > 20) {
      throw new AppError('BAD_USER_INPUT', '节日名称应为1到20个字', { field: 'name' });
    }
    const now = this.clock.now();
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const holidays = manager.getRepository(HolidayEntity);
      const existing = await holidays.findOneBy({ date });
      const row: HolidayEntity = existing
        ? { ...existing, kind: input.kind, name, source: ADMIN_HOLIDAY_SOURCE }
        : {
            date,
            year: yearOf(date),
            kind: input.kind,
            name,
            source: ADMIN_HOLIDAY_SOURCE,
            createdBy: caller.userId,
            createdAt: now,
            updatedBy: caller.userId,
            updatedAt: now,
          };
      row.updatedBy = caller.userId;
      row.updatedAt = now;
      await holidays.save(row);
      const years = manager.getRepository(HolidayYearEntity);
      if (!(await years.existsBy({ year: row.year }))) {
        // Entered, not yet published: the year stays unbookable until publishHolidayYear.
        await years.insert({
          year: row.year,
          published: false,
          source: ADMIN_HOLIDAY_SOURCE,
          publishedBy: null,
          publishedAt: null,
          createdAt: now,
        });
      }
      return row;
    });
    this.repository.forget();
    await this.resyncDate(date);
    return saved;
  }

  async deleteHoliday(_caller: Caller, date: string): Promise<void> {
    const day = requireDate(date, 'date');
    const result = await this.dataSource.getRepository(HolidayEntity).delete({ date: day });
    if (!result.affected) throw new AppError('NOT_FOUND', CALENDAR_MESSAGES.holidayNotFound(day));
    this.repository.forget();
    await this.resyncDate(day);
  }

  async publishHolidayYear(caller: Caller, year: number): Promise<HolidayYearView> {
    requireYear(year);
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (manager) => {
      const holidays = await manager
        .getRepository(HolidayEntity)
        .countBy({ year, kind: 'HOLIDAY' });
      if (holidays === 0)
        throw new AppError('HOLIDAY_YEAR_EMPTY', `${year}年还没有录入节假日，不能发布`);
      const years = manager.getRepository(HolidayYearEntity);
      const existing = await years.findOneBy({ year });
      await years.save({
        year,
        published: true,
        source: existing?.source ?? ADMIN_HOLIDAY_SOURCE,
        publishedBy: caller.userId,
        publishedAt: now,
        createdAt: existing?.createdAt ?? now,
      });
    });
    this.repository.forget();
    return this.holidayYear(year);
  }

  async scheduleExceptions(
    caller: Caller,
    hallCode: string,
    from: string,
    days: number,
  ): Promise<ScheduleExceptionEntity[]> {
    assertOwnHall(caller, hallCode);
    const start = requireDate(from, 'from');
    if (!Number.isInteger(days) || days < 1 || days > 366) {
      throw new AppError('BAD_USER_INPUT', '一次可查询1到366天', { field: 'days' });
    }
    await this.requireHall(hallCode);
    return this.repository.exceptions(hallCode, start, addDays(start, days - 1));
  }

  async addScheduleException(
    caller: Caller,
    input: NewScheduleException,
  ): Promise<ScheduleExceptionEntity> {
    assertOwnHall(caller, input.hallCode);
    const date = requireDate(input.date, 'date');
    await this.requireHall(input.hallCode);
    if (input.categoryCode !== null) {
      const categories = await this.repository.categories(input.hallCode);
      if (!categories.some((category) => category.code === input.categoryCode)) {
        throw new AppError(
          'CATEGORY_NOT_FOUND',
          CALENDAR_MESSAGES.categoryNotFound(input.categoryCode),
          { field: 'categoryCode' },
        );
      }
    }
    const now = this.clock.now();
    if (date < shanghaiDateOf(now)) {
      throw new AppError('DATE_IN_PAST', CALENDAR_MESSAGES.exceptionInPast, { field: 'date' });
    }
    for (const [field, value] of [
      ['startTime', input.startTime],
      ['endTime', input.endTime],
    ] as const) {
      if (value !== null && !/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value)) {
        throw new AppError('TIME_INVALID', undefined, { field });
      }
    }
    const problem = scheduleExceptionProblem({
      kind: input.kind,
      start: input.startTime,
      end: input.endTime,
      slotMinutes: input.slotMinutes,
      capacity: input.capacity,
    });
    if (problem) throw new AppError('SCHEDULE_EXCEPTION_INVALID', problem);
    const reason = input.reason.trim();
    if (reason.length < 1 || reason.length > 100) {
      throw new AppError('BAD_USER_INPUT', '请填写1到100个字的原因', { field: 'reason' });
    }
    const row: ScheduleExceptionEntity = {
      id: randomUUID(),
      hallCode: input.hallCode,
      date,
      categoryCode: input.categoryCode,
      kind: input.kind,
      startTime: input.startTime,
      endTime: input.endTime,
      slotMinutes: input.slotMinutes,
      capacity: input.capacity,
      reason,
      createdBy: caller.userId,
      createdAt: now,
    };
    await this.dataSource.getRepository(ScheduleExceptionEntity).insert(row);
    await this.resyncHallDate(input.hallCode, date);
    return row;
  }

  async removeScheduleException(caller: Caller, id: string): Promise<void> {
    const exceptions = this.dataSource.getRepository(ScheduleExceptionEntity);
    const row = await exceptions.findOneBy({ id });
    // Another hall's exception is "not found" for a hall admin, as if it did not exist.
    if (!row || !mayEditHall(caller, row.hallCode)) {
      throw new AppError('NOT_FOUND', CALENDAR_MESSAGES.exceptionNotFound);
    }
    await exceptions.delete({ id });
    await this.resyncHallDate(row.hallCode, row.date);
  }

  private async requireHall(hallCode: string): Promise<void> {
    if (!(await this.repository.settings(hallCode))) {
      throw new AppError('HALL_NOT_FOUND', undefined, { field: 'hallCode' });
    }
  }

  /** A holiday changed: every hall's rows of that day follow. */
  private async resyncDate(date: LocalDate): Promise<void> {
    for (const hallCode of await this.repository.hallsWithSlotsOn(date)) {
      await this.materializer.sync(hallCode, date);
    }
  }

  /** A hall's exception changed: its rows of that day follow, if the day has rows already. */
  private async resyncHallDate(hallCode: string, date: LocalDate): Promise<void> {
    if ((await this.repository.hallsWithSlotsOn(date)).includes(hallCode)) {
      await this.materializer.sync(hallCode, date);
    }
  }
}

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new AppError('BAD_USER_INPUT', CALENDAR_MESSAGES.yearInvalid, { field: 'year' });
  }
}

/** System admins edit every hall; hall admins their own. */
function mayEditHall(caller: Caller, hallCode: string): boolean {
  return (
    caller.role === 'SYSTEM_ADMIN' || (caller.role === 'HALL_ADMIN' && caller.hallCode === hallCode)
  );
}

function assertOwnHall(caller: Caller, hallCode: string): void {
  if (!mayEditHall(caller, hallCode)) {
    throw new AppError('FORBIDDEN', CALENDAR_MESSAGES.notOwnHall);
  }
}
