/**
 * The parts of the approval backend's HTTP contract the BFF reads
 * (see packages/approval-sim/README.md). Records are kept whole as JSON in the catalogue cache.
 */
export type RecordStatus = 'active' | 'withdrawn';

export interface ApprovalPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  serverTime: string;
}

export interface CatalogueRecord {
  code: string;
  status: RecordStatus;
  version: number;
  updatedAt: string;
}

export interface DepartmentRecord extends CatalogueRecord {
  name: string;
  shortName: string;
  phone: string;
}

export interface MaterialRecord {
  code: string;
  name: string;
  requirement: 'required' | 'conditional';
  condition?: string;
}

export interface ServiceItemRecord extends CatalogueRecord {
  name: string;
  departmentCode: string;
  departmentName: string;
  type: string;
  audiences: string[];
  conditions: string[];
  materials: MaterialRecord[];
  statutoryDays: number;
  committedDays: number;
  visitsNeeded: number;
  online: { fullyOnline: boolean; preReview: boolean };
  zone: string;
  window: string;
  phone: string;
  hot: boolean;
}

export interface ThemeRecord extends CatalogueRecord {
  name: string;
  itemCodes: string[];
}
