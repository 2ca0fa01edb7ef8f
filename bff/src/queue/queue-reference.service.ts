import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GeoPoint } from '@shizhong/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { BusinessCategoryEntity } from '../halls/business-category.entity';
import { HallZoneEntity } from '../halls/hall-zone.entity';
import { ServicePointEntity } from '../halls/service-point.entity';
import { ServiceWindowEntity } from '../halls/service-window.entity';
import { QUEUE_MESSAGES } from './queue.messages';

export interface QueueCategoryRef {
  code: string;
  name: string;
  zoneName: string;
}

export interface ServiceWindowRef {
  code: string;
  hallCode: string;
  number: number;
  label: string;
  zoneName: string;
  /** The categories the window may serve (reference data `service_window.category_codes`). */
  allowedCategoryCodes: string[];
}

/** A hall as the queue needs it: where it is, its categories and its windows. */
export interface QueueHall {
  code: string;
  name: string;
  location: GeoPoint;
  /** In the hall's order (sort order, then code). */
  categories: QueueCategoryRef[];
  categoryByCode: Map<string, QueueCategoryRef>;
  /** By window number. */
  windows: ServiceWindowRef[];
  windowByCode: Map<string, ServiceWindowRef>;
}

const TTL_MS = 30_000;

/**
 * The hall reference data of the queue (halls, categories, zones, windows): seeded and changed
 * rarely, so kept TTL_MS in memory per instance.
 */
@Injectable()
export class QueueReference {
  private readonly halls = new Map<string, { until: number; value: Promise<QueueHall | null> }>();
  private readonly windowHalls = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hall, or HALL_NOT_FOUND. */
  async hall(hallCode: string): Promise<QueueHall> {
    const hall = await this.findHall(hallCode);
    if (!hall)
      throw new AppError('HALL_NOT_FOUND', QUEUE_MESSAGES.hallUnknown, { field: 'hallCode' });
    return hall;
  }

  /** The hall and one of its categories, or QUEUE_CATEGORY_UNKNOWN. */
  async category(
    hallCode: string,
    categoryCode: string,
  ): Promise<{ hall: QueueHall; category: QueueCategoryRef }> {
    const hall = await this.hall(hallCode);
    const category = hall.categoryByCode.get(categoryCode);
    if (!category) {
      throw new AppError('QUEUE_CATEGORY_UNKNOWN', QUEUE_MESSAGES.categoryUnknown(categoryCode), {
        field: 'categoryCode',
      });
    }
    return { hall, category };
  }

  /** A window with its hall, or QUEUE_WINDOW_UNKNOWN. */
  async window(windowCode: string): Promise<{ hall: QueueHall; window: ServiceWindowRef }> {
    let hallCode = this.windowHalls.get(windowCode);
    if (!hallCode) {
      const row = await this.dataSource
        .getRepository(ServiceWindowEntity)
        .findOne({ where: { code: windowCode }, select: { code: true, hallCode: true } });
      hallCode = row?.hallCode;
    }
    const hall = hallCode ? await this.findHall(hallCode) : null;
    const window = hall?.windowByCode.get(windowCode);
    if (!hall || !window) {
      throw new AppError('QUEUE_WINDOW_UNKNOWN', QUEUE_MESSAGES.windowUnknown(windowCode), {
        field: 'windowCode',
      });
    }
    this.windowHalls.set(windowCode, hall.code);
    return { hall, window };
  }

  private findHall(hallCode: string): Promise<QueueHall | null> {
    const now = Date.now();
    const hit = this.halls.get(hallCode);
    if (hit && hit.until > now) return hit.value;
    const value = this.load(hallCode);
    this.halls.set(hallCode, { until: now + TTL_MS, value });
    void value.catch(() => this.halls.delete(hallCode));
    return value;
  }

  private async load(hallCode: string): Promise<QueueHall | null> {
    const manager = this.dataSource.manager;
    const point = await manager.findOneBy(ServicePointEntity, { code: hallCode });
    if (!point) return null;
    const [categories, zones, windows] = await Promise.all([
      manager.find(BusinessCategoryEntity, {
        where: { hallCode },
        order: { sortOrder: 'ASC', code: 'ASC' },
      }),
      manager.find(HallZoneEntity, { where: { hallCode } }),
      manager.find(ServiceWindowEntity, { where: { hallCode }, order: { number: 'ASC' } }),
    ]);
    const zoneNames = new Map(zones.map((zone) => [zone.code, zone.name]));
    const categoryRefs = categories.map((category) => ({
      code: category.code,
      name: category.name,
      zoneName: zoneNames.get(category.zoneCode) ?? '',
    }));
    const windowRefs = windows.map((window) => ({
      code: window.code,
      hallCode,
      number: window.number,
      label: window.label,
      zoneName: zoneNames.get(window.zoneCode) ?? '',
      allowedCategoryCodes: window.categoryCodes
        .split(',')
        .map((code) => code.trim())
        .filter((code) => code.length > 0),
    }));
    return {
      code: point.code,
      name: point.name,
      location: { latitude: point.latitude, longitude: point.longitude },
      categories: categoryRefs,
      categoryByCode: new Map(categoryRefs.map((category) => [category.code, category])),
      windows: windowRefs,
      windowByCode: new Map(windowRefs.map((window) => [window.code, window])),
    };
  }
}
