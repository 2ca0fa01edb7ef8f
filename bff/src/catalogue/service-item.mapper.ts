import type { CatalogueFreshness } from '@shizhong/domain';
import type { ServiceItemRecord } from '../approval/approval.types';
import type { ServiceItemDetailType, ServiceItemSummaryType } from './dto/service-item.types';

export function toServiceItemSummary(item: ServiceItemRecord): ServiceItemSummaryType {
  return {
    code: item.code,
    name: item.name,
    departmentName: item.departmentName,
    type: item.type,
    audiences: item.audiences,
    visitsNeeded: item.visitsNeeded,
    fullyOnline: item.online.fullyOnline,
    committedDays: item.committedDays,
  };
}

export function toServiceItemDetail(
  item: ServiceItemRecord,
  freshness: CatalogueFreshness,
): ServiceItemDetailType {
  return {
    ...toServiceItemSummary(item),
    statutoryDays: item.statutoryDays,
    conditions: item.conditions,
    materials: item.materials.map((material) => ({
      code: material.code,
      name: material.name,
      required: material.requirement === 'required',
    })),
    zone: item.zone,
    window: item.window,
    phone: item.phone,
    freshness,
  };
}
