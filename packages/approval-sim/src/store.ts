import { buildCases, isFinished } from './data/cases';
import { BUSINESS_CATEGORIES, buildDepartments } from './data/departments';
import { buildServiceItems } from './data/items';
import { MATERIAL_DICTIONARY } from './data/materials';
import { buildPublicity } from './data/publicity';
import { buildThemes } from './data/themes';
import type {
  BusinessCategory,
  Case,
  Department,
  MaterialDefinition,
  PublicityRecord,
  ServiceItem,
  Theme,
} from './types';

/** Complete seed data set, freshly built (deterministic). */
export interface SeedData {
  departments: Department[];
  businessCategories: BusinessCategory[];
  materials: MaterialDefinition[];
  serviceItems: ServiceItem[];
  themes: Theme[];
  cases: Omit<Case, 'overdue'>[];
  publicity: PublicityRecord[];
}

export function buildSeedData(): SeedData {
  const serviceItems = buildServiceItems();
  return {
    departments: buildDepartments(),
    businessCategories: BUSINESS_CATEGORIES.map((c) => ({ ...c })),
    materials: MATERIAL_DICTIONARY.map((m) => ({ ...m })),
    serviceItems,
    themes: buildThemes(serviceItems),
    cases: buildCases(serviceItems),
    publicity: buildPublicity(serviceItems),
  };
}

/** Mutable in-memory data of one running simulator. */
export class SimStore {
  data: SeedData;

  constructor(private readonly clock: () => Date) {
    this.data = buildSeedData();
  }

  reset(): void {
    this.data = buildSeedData();
  }

  findItem(code: string): ServiceItem | undefined {
    return this.data.serviceItems.find((i) => i.code === code);
  }

  /** A timestamp strictly later than every item's updatedAt and not before the clock. */
  private nextItemTimestamp(): string {
    const latest = Math.max(...this.data.serviceItems.map((i) => Date.parse(i.updatedAt)));
    return new Date(Math.max(this.clock().getTime(), latest + 1)).toISOString();
  }

  touchItem(code: string, changes: { name?: string }): ServiceItem | undefined {
    const item = this.findItem(code);
    if (!item) {
      return undefined;
    }
    if (changes.name !== undefined) {
      item.name = changes.name;
    }
    item.version += 1;
    item.updatedAt = this.nextItemTimestamp();
    return item;
  }

  withdrawItem(code: string): ServiceItem | undefined {
    const item = this.findItem(code);
    if (!item) {
      return undefined;
    }
    item.status = 'withdrawn';
    item.version += 1;
    item.updatedAt = this.nextItemTimestamp();
    return item;
  }

  findCase(caseNo: string): Case | undefined {
    const found = this.data.cases.find((c) => c.caseNo === caseNo);
    if (!found) {
      return undefined;
    }
    const overdue =
      !isFinished(found.status) && Date.parse(found.committedDeadline) < this.clock().getTime();
    return { ...found, overdue };
  }
}
