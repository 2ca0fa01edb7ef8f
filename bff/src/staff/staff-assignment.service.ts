import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { HallZoneEntity } from '../halls/hall-zone.entity';
import { ServicePointEntity } from '../halls/service-point.entity';
import { ServiceWindowEntity } from '../halls/service-window.entity';

/** Service points staff can belong to: the district hall and the street 便民服务中心. */
const STAFFED_KINDS = ['DISTRICT_HALL', 'STREET_CENTRE'];
export const MAX_ASSIGNED_ZONES = 20;
export const MAX_ASSIGNED_WINDOWS = 50;

export interface HallRef {
  code: string;
  name: string;
}

export interface StaffAssignment {
  zoneCodes: string[];
  windowCodes: string[];
}

/** Checks a hall, zones and windows against the reference tables (hall_zone, service_window). */
@Injectable()
export class StaffAssignmentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hall, or STAFF_ASSIGNMENT_INVALID when the code is no district hall or street centre. */
  async requireHall(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HallRef> {
    const point = await manager
      .getRepository(ServicePointEntity)
      .findOne({ where: { code, kind: In(STAFFED_KINDS) }, select: { code: true, name: true } });
    if (!point) {
      throw new AppError('STAFF_ASSIGNMENT_INVALID', '没有这个办事大厅或便民服务中心', {
        field: 'hallCode',
      });
    }
    return { code: point.code, name: point.name };
  }

  /**
   * The zones and windows without duplicates, each checked to belong to `hallCode`;
   * STAFF_ASSIGNMENT_INVALID naming the first that does not.
   */
  async requireAssignment(
    hallCode: string,
    zoneCodesInput: readonly string[],
    windowCodesInput: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffAssignment> {
    const zoneCodes = [...new Set(zoneCodesInput.map((code) => code.trim()))];
    const windowCodes = [...new Set(windowCodesInput.map((code) => code.trim()))];
    if (zoneCodes.length > MAX_ASSIGNED_ZONES || windowCodes.length > MAX_ASSIGNED_WINDOWS) {
      throw new AppError(
        'STAFF_ASSIGNMENT_INVALID',
        `最多分配 ${MAX_ASSIGNED_ZONES} 个区域、${MAX_ASSIGNED_WINDOWS} 个窗口`,
      );
    }
    if (zoneCodes.length > 0) {
      const found = await manager
        .getRepository(HallZoneEntity)
        .find({ where: { hallCode, code: In(zoneCodes) }, select: { code: true } });
      const known = new Set(found.map((zone) => zone.code));
      const unknown = zoneCodes.find((code) => !known.has(code));
      if (unknown !== undefined) {
        throw new AppError('STAFF_ASSIGNMENT_INVALID', `区域 ${unknown} 不属于该大厅`, {
          field: 'zoneCodes',
        });
      }
    }
    if (windowCodes.length > 0) {
      const found = await manager
        .getRepository(ServiceWindowEntity)
        .find({ where: { hallCode, code: In(windowCodes) }, select: { code: true } });
      const known = new Set(found.map((window) => window.code));
      const unknown = windowCodes.find((code) => !known.has(code));
      if (unknown !== undefined) {
        throw new AppError('STAFF_ASSIGNMENT_INVALID', `窗口 ${unknown} 不属于该大厅`, {
          field: 'windowCodes',
        });
      }
    }
    return { zoneCodes, windowCodes };
  }
}
