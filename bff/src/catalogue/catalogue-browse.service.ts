import { Injectable } from '@nestjs/common';
import type {
  AudienceName,
  DepartmentRecord,
  ServiceItemRecord,
  ThemeRecord,
} from '../approval/approval.types';
import { CatalogueStore } from './catalogue.store';

export interface BrowseFilter {
  departmentCode?: string | null;
  audience?: AudienceName | null;
  topic?: string | null;
  lifeEvent?: string | null;
}

export interface BrowsePage {
  items: ServiceItemRecord[];
  totalCount: number;
  nextOffset: number | null;
}

export interface DepartmentWithCount {
  department: DepartmentRecord;
  itemCount: number;
}

export interface Facet {
  name: string;
  count: number;
}

const collator = new Intl.Collator('zh-CN');

/** Browsing the cached catalogue: by department, audience, topic and life event. */
@Injectable()
export class CatalogueBrowseService {
  constructor(private readonly store: CatalogueStore) {}

  /** Departments in Chinese collation order, each with its number of active items. */
  departments(): DepartmentWithCount[] {
    const counts = new Map<string, number>();
    for (const item of this.store.items.values())
      counts.set(item.departmentCode, (counts.get(item.departmentCode) ?? 0) + 1);
    return [...this.store.departments.values()]
      .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code))
      .map((department) => ({ department, itemCount: counts.get(department.code) ?? 0 }));
  }

  /** Topics and life events with their item counts, most items first. */
  facets(): { topics: Facet[]; lifeEvents: Facet[] } {
    const topics = new Map<string, number>();
    const lifeEvents = new Map<string, number>();
    for (const item of this.store.items.values()) {
      for (const topic of new Set(item.topics)) topics.set(topic, (topics.get(topic) ?? 0) + 1);
      for (const event of new Set(item.lifeEvents))
        lifeEvents.set(event, (lifeEvents.get(event) ?? 0) + 1);
    }
    return { topics: rankFacets(topics), lifeEvents: rankFacets(lifeEvents) };
  }

  /** One page of the items that match every given filter value, by department then name. */
  browse(filter: BrowseFilter, offset: number, limit: number): BrowsePage {
    const matching = [...this.store.items.values()]
      .filter(
        (item) =>
          (!filter.departmentCode || item.departmentCode === filter.departmentCode) &&
          (!filter.audience || item.audiences.includes(filter.audience)) &&
          (!filter.topic || item.topics.includes(filter.topic)) &&
          (!filter.lifeEvent || item.lifeEvents.includes(filter.lifeEvent)),
      )
      .sort(
        (a, b) =>
          collator.compare(a.departmentName, b.departmentName) ||
          collator.compare(a.name, b.name) ||
          a.code.localeCompare(b.code),
      );
    const items = matching.slice(offset, offset + limit);
    const end = offset + items.length;
    return {
      items,
      totalCount: matching.length,
      nextOffset: end < matching.length ? end : null,
    };
  }

  /** The active themes an item belongs to, by code. */
  themesOfItem(itemCode: string): ThemeRecord[] {
    return [...this.store.themes.values()]
      .filter((theme) => theme.itemCodes.includes(itemCode))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}

function rankFacets(counts: Map<string, number>): Facet[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}
