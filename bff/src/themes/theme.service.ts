import { Injectable } from '@nestjs/common';
import {
  mergeThemeMaterials,
  themeSaving,
  type ItemRef,
  type MergedMaterial,
  type ThemeSaving,
} from '@shizhong/domain';
import type { ServiceItemRecord, ThemeRecord } from '../approval/approval.types';
import { CatalogueStore } from '../catalogue/catalogue.store';

export interface ThemeStage {
  stage: string;
  items: ItemRef[];
  parallel: boolean;
}

/** A theme with what is computed from its items: one material list, one flow, the saving. */
export interface ThemeView {
  theme: ThemeRecord;
  items: ServiceItemRecord[];
  materials: MergedMaterial[];
  flow: ThemeStage[];
  saving: ThemeSaving;
}

/** 一件事 themes, from the cached catalogue. */
@Injectable()
export class ThemeService {
  constructor(private readonly store: CatalogueStore) {}

  list(): ThemeRecord[] {
    return [...this.store.themes.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The theme with its items that are still in the catalogue; null when there is no such theme. */
  view(code: string): ThemeView | null {
    const theme = this.store.themes.get(code);
    if (!theme) return null;
    const items = theme.itemCodes
      .map((itemCode) => this.store.items.get(itemCode))
      .filter((item): item is ServiceItemRecord => item !== undefined);
    const flow = theme.flow
      .map((stage) => ({
        stage: stage.stage,
        parallel: stage.parallel,
        items: stage.itemCodes
          .map((itemCode) => this.store.items.get(itemCode))
          .filter((item): item is ServiceItemRecord => item !== undefined)
          .map((item) => ({ code: item.code, name: item.name })),
      }))
      .filter((stage) => stage.items.length > 0);
    const materials = mergeThemeMaterials(items);
    return {
      theme,
      items,
      materials,
      flow,
      saving: themeSaving(items, materials, { flow, committedDays: theme.committedDays }),
    };
  }
}
