import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  holidayCalendar,
  type HolidayCalendar,
  type LocalDate,
  type SchedulePeriod,
} from '@shizhong/domain';
import { Between, DataSource, In, type EntityManager } from 'typeorm';
import { BusinessCategoryEntity } from '../halls/business-category.entity';
import { HallZoneEntity } from '../halls/hall-zone.entity';
import { ServicePointEntity } from '../halls/service-point.entity';
import { AppointmentSlotEntity } from './appointment-slot.entity';
import { BookingSettingsEntity } from './booking-settings.entity';
import { HolidayYearEntity } from './holiday-year.entity';
import { HolidayEntity } from './holiday.entity';
import { ScheduleExceptionEntity } from './schedule-exception.entity';
import { ScheduleTemplateEntity } from './schedule-template.entity';

/**
 * Reference data (holidays, settings, categories, templates) changes rarely and is read by every
 * calendar request, so it is kept REFERENCE_TTL_MS in memory. An edit on this instance clears it
 * at once (`forget`); other instances see it within REFERENCE_TTL_MS. Slot rows (what is booked)
 * and exceptions are always read from the database.
 */
export const REFERENCE_TTL_MS = 5_000;

/** The queries of the booking calendar; each takes an optional entity manager (a transaction). */
@Injectable()
export class BookingCalendarRepository {
  private readonly cache = new Map<string, { until: number; value: Promise<unknown> }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Clears the reference data kept in memory (after an edit). */
  forget(): void {
    this.cache.clear();
  }

  private cached<T>(key: string, manager: EntityManager | undefined, load: () => Promise<T>) {
    if (manager) return load();
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    this.cache.set(key, { until: now + REFERENCE_TTL_MS, value });
    void value.catch(() => this.cache.delete(key));
    return value;
  }

  /** The working-day calendar of every published year. */
  holidayCalendar(manager?: EntityManager): Promise<HolidayCalendar> {
    return this.cached('holidays', manager, () => this.loadHolidayCalendar(manager));
  }

  private async loadHolidayCalendar(manager?: EntityManager): Promise<HolidayCalendar> {
    const m = this.manager(manager);
    const years = (await m.find(HolidayYearEntity, { where: { published: true } })).map(
      (row) => row.year,
    );
    const rows =
      years.length === 0 ? [] : await m.find(HolidayEntity, { where: { year: In(years) } });
    return holidayCalendar(
      years,
      rows.map(({ date, kind, name }) => ({ date, kind, name })),
    );
  }

  settings(hallCode: string, manager?: EntityManager): Promise<BookingSettingsEntity | null> {
    return this.cached(`settings|${hallCode}`, manager, () =>
      this.manager(manager).findOneBy(BookingSettingsEntity, { hallCode }),
    );
  }

  servicePointExists(code: string, manager?: EntityManager): Promise<boolean> {
    return this.manager(manager).existsBy(ServicePointEntity, { code });
  }

  categories(hallCode: string, manager?: EntityManager): Promise<BusinessCategoryEntity[]> {
    return this.cached(`categories|${hallCode}`, manager, () =>
      this.manager(manager).find(BusinessCategoryEntity, {
        where: { hallCode },
        order: { sortOrder: 'ASC', code: 'ASC' },
      }),
    );
  }

  /** Zone names of a hall by zone code. */
  async zoneNames(hallCode: string, manager?: EntityManager): Promise<Map<string, string>> {
    const zones = await this.manager(manager).find(HallZoneEntity, { where: { hallCode } });
    return new Map(zones.map((zone) => [zone.code, zone.name]));
  }

  /** The weekly template of every category of the hall, by category code. */
  templates(hallCode: string, manager?: EntityManager): Promise<Map<string, SchedulePeriod[]>> {
    return this.cached(`templates|${hallCode}`, manager, () =>
      this.loadTemplates(hallCode, manager),
    );
  }

  private async loadTemplates(
    hallCode: string,
    manager?: EntityManager,
  ): Promise<Map<string, SchedulePeriod[]>> {
    const rows = await this.manager(manager).find(ScheduleTemplateEntity, {
      where: { hallCode },
      order: { categoryCode: 'ASC', weekday: 'ASC', startTime: 'ASC' },
    });
    const byCategory = new Map<string, SchedulePeriod[]>();
    for (const row of rows) {
      const periods = byCategory.get(row.categoryCode) ?? [];
      periods.push({
        weekday: row.weekday,
        start: row.startTime,
        end: row.endTime,
        slotMinutes: row.slotMinutes,
        capacity: row.capacity,
      });
      byCategory.set(row.categoryCode, periods);
    }
    return byCategory;
  }

  exceptions(
    hallCode: string,
    from: LocalDate,
    to: LocalDate,
    manager?: EntityManager,
  ): Promise<ScheduleExceptionEntity[]> {
    return this.manager(manager).find(ScheduleExceptionEntity, {
      where: { hallCode, date: Between(from, to) },
      order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Materialized slots of a hall (one category, or all when null) between two dates. */
  slots(
    hallCode: string,
    categoryCode: string | null,
    from: LocalDate,
    to: LocalDate,
    manager?: EntityManager,
  ): Promise<AppointmentSlotEntity[]> {
    return this.manager(manager).find(AppointmentSlotEntity, {
      where: {
        hallCode,
        ...(categoryCode === null ? {} : { categoryCode }),
        date: Between(from, to),
      },
      order: { date: 'ASC', categoryCode: 'ASC', startTime: 'ASC' },
    });
  }

  slot(id: string, manager?: EntityManager): Promise<AppointmentSlotEntity | null> {
    return this.manager(manager).findOneBy(AppointmentSlotEntity, { id });
  }

  /** Halls with materialized slots on `date` (whose rows a holiday edit must re-check). */
  async hallsWithSlotsOn(date: LocalDate, manager?: EntityManager): Promise<string[]> {
    const rows = await this.manager(manager)
      .createQueryBuilder(AppointmentSlotEntity, 'slot')
      .select('DISTINCT slot.hallCode', 'hallCode')
      .where('slot.date = :date', { date })
      .getRawMany<{ hallCode: string }>();
    return rows.map((row) => row.hallCode);
  }
}
