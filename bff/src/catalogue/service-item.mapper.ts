import type { CatalogueFreshness } from '@shizhong/domain';
import type { MaterialRecord, ServiceItemRecord } from '../approval/approval.types';
import type { ThemeSummaryType } from '../themes/dto/theme-summary.type';
import type { MaterialType } from './dto/material.types';
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

export function toMaterial(material: MaterialRecord): MaterialType {
  const required = material.requirement === 'required';
  return {
    code: material.code,
    name: material.name,
    required,
    condition: required ? null : (material.condition ?? null),
    forms: { ...material.forms },
    originalCopies: material.copies.original,
    copyCopies: material.copies.copy,
    source: material.source,
    blankFormUrl: material.blankFormUrl ?? null,
    sampleUrl: material.sampleUrl ?? null,
    notes: material.notes ?? null,
  };
}

export function toServiceItemDetail(
  item: ServiceItemRecord,
  themes: ThemeSummaryType[],
  freshness: CatalogueFreshness,
): ServiceItemDetailType {
  return {
    ...toServiceItemSummary(item),
    statutoryDays: item.statutoryDays,
    conditions: item.conditions,
    topics: item.topics,
    lifeEvents: item.lifeEvents,
    legalBasis: item.legalBasis,
    materials: item.materials.map(toMaterial),
    steps: item.steps.map(({ name, description, actor }) => ({ name, description, actor })),
    fees: item.fees.map(({ name, amount, unit, basis }) => ({ name, amount, unit, basis })),
    free: item.free,
    preReview: item.online.preReview,
    onlineUrl: item.online.url ?? null,
    zone: item.zone,
    window: item.window,
    officeHours: item.officeHours,
    phone: item.phone,
    faq: item.faq.map(({ question, answer }) => ({ question, answer })),
    results: item.results.map(({ name, kind }) => ({ name, kind })),
    deliveryOptions: item.deliveryOptions,
    businessCategory: item.businessCategory,
    themes,
    freshness,
  };
}
