import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from '../insert-rows';
import {
  BUSINESS_CATEGORIES,
  COMMUNITY_STATIONS,
  HALL_ZONES,
  SERVICE_WINDOWS,
  SHIZHONG_HALL,
  SHIZHONG_HALL_CODE,
  STREET_CENTRES,
  type ServicePointSeed,
} from '../../halls/reference-data/shizhong-hall';

function servicePointRow(point: ServicePointSeed, sortOrder: number) {
  return {
    code: point.code,
    kind: point.kind,
    parent_code: point.parentCode,
    name: point.name,
    short_name: point.shortName,
    address: point.address,
    phone: point.phone,
    office_hours: point.officeHours,
    longitude: point.longitude,
    latitude: point.latitude,
    sort_order: sortOrder,
  };
}

/** Seeds the Shizhong hall, its zones, windows and categories, and the street and community points. */
export class ShizhongHallSeed1763900000100 implements MigrationInterface {
  name = 'ShizhongHallSeed1763900000100';

  async up(runner: QueryRunner): Promise<void> {
    const points = [SHIZHONG_HALL, ...STREET_CENTRES, ...COMMUNITY_STATIONS];
    await insertRows(runner, 'service_point', points.map(servicePointRow));
    await insertRows(
      runner,
      'hall_zone',
      HALL_ZONES.map((zone, index) => ({
        code: zone.code,
        hall_code: SHIZHONG_HALL_CODE,
        kind: zone.kind,
        name: zone.name,
        floor: zone.floor,
        description: zone.description,
        sort_order: index,
      })),
    );
    await insertRows(
      runner,
      'business_category',
      BUSINESS_CATEGORIES.map((category, index) => ({
        hall_code: SHIZHONG_HALL_CODE,
        code: category.code,
        name: category.name,
        description: category.description,
        zone_code: category.zoneCode,
        sort_order: index,
      })),
    );
    await insertRows(
      runner,
      'service_window',
      SERVICE_WINDOWS.map((window) => ({
        code: `${SHIZHONG_HALL_CODE}-W${String(window.number).padStart(3, '0')}`,
        hall_code: SHIZHONG_HALL_CODE,
        zone_code: window.zoneCode,
        number: window.number,
        label: `${window.number}号窗口`,
        category_codes: window.categoryCodes.join(','),
        description: window.description,
      })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM service_window WHERE hall_code = ?', [SHIZHONG_HALL_CODE]);
    await runner.query('DELETE FROM business_category WHERE hall_code = ?', [SHIZHONG_HALL_CODE]);
    await runner.query('DELETE FROM hall_zone WHERE hall_code = ?', [SHIZHONG_HALL_CODE]);
    await runner.query("DELETE FROM service_point WHERE kind = 'COMMUNITY_STATION'");
    await runner.query("DELETE FROM service_point WHERE kind = 'STREET_CENTRE'");
    await runner.query('DELETE FROM service_point WHERE code = ?', [SHIZHONG_HALL_CODE]);
  }
}
