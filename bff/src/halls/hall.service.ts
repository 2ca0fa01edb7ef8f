import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BusinessCategoryEntity } from './business-category.entity';
import { HallZoneEntity } from './hall-zone.entity';
import type { HallType, HallZoneKindType } from './dto/hall.types';
import { SHIZHONG_HALL_CODE } from './reference-data/shizhong-hall';
import { ServicePointEntity } from './service-point.entity';
import { ServiceWindowEntity } from './service-window.entity';

/** Hall reference data, read once at start-up: it changes only through admin work and restarts. */
@Injectable()
export class HallService implements OnApplicationBootstrap {
  private mainHall: HallType | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    this.mainHall = await this.loadHall(SHIZHONG_HALL_CODE);
  }

  getMainHall(): HallType {
    if (!this.mainHall) throw new Error('hall reference data not loaded');
    return this.mainHall;
  }

  private async loadHall(code: string): Promise<HallType> {
    const point = await this.dataSource.getRepository(ServicePointEntity).findOneByOrFail({ code });
    const [zones, categories, windowCount] = await Promise.all([
      this.dataSource
        .getRepository(HallZoneEntity)
        .find({ where: { hallCode: code }, order: { sortOrder: 'ASC' } }),
      this.dataSource
        .getRepository(BusinessCategoryEntity)
        .find({ where: { hallCode: code }, order: { sortOrder: 'ASC' } }),
      this.dataSource.getRepository(ServiceWindowEntity).countBy({ hallCode: code }),
    ]);
    const zoneNames = new Map(zones.map((zone) => [zone.code, zone.name]));
    return {
      code: point.code,
      name: point.name,
      address: point.address,
      phone: point.phone,
      officeHours: point.officeHours,
      longitude: point.longitude,
      latitude: point.latitude,
      windowCount,
      zones: zones.map((zone) => ({
        code: zone.code,
        name: zone.name,
        kind: zone.kind as HallZoneKindType,
        floor: zone.floor,
        description: zone.description,
      })),
      categories: categories.map((category) => ({
        code: category.code,
        name: category.name,
        description: category.description,
        zoneName: zoneNames.get(category.zoneCode) ?? '',
      })),
    };
  }
}
