import type { CatalogueFreshness, MergedMaterial } from '@shizhong/domain';
import type { ThemeRecord } from '../approval/approval.types';
import { toServiceItemSummary } from '../catalogue/service-item.mapper';
import type { ThemeSummaryType } from './dto/theme-summary.type';
import type { MergedMaterialType, ThemeDetailType } from './dto/theme.types';
import type { ThemeView } from './theme.service';

export function toThemeSummary(theme: ThemeRecord): ThemeSummaryType {
  return {
    code: theme.code,
    name: theme.name,
    description: theme.description,
    itemCount: theme.itemCodes.length,
    committedDays: theme.committedDays,
  };
}

export function toMergedMaterial(material: MergedMaterial): MergedMaterialType {
  return {
    code: material.code,
    name: material.name,
    required: material.required,
    condition: material.condition ?? null,
    forms: { ...material.forms },
    originalCopies: material.copies.original,
    copyCopies: material.copies.copy,
    source: material.source,
    blankFormUrl: material.blankFormUrl ?? null,
    sampleUrl: material.sampleUrl ?? null,
    usedBy: material.usedBy.map(({ code, name }) => ({ code, name })),
  };
}

export function toThemeDetail(view: ThemeView, freshness: CatalogueFreshness): ThemeDetailType {
  return {
    code: view.theme.code,
    name: view.theme.name,
    description: view.theme.description,
    items: view.items.map(toServiceItemSummary),
    materials: view.materials.map(toMergedMaterial),
    flow: view.flow,
    committedDays: view.theme.committedDays,
    saving: view.saving,
    zone: view.theme.zone,
    window: view.theme.window,
    freshness,
  };
}
