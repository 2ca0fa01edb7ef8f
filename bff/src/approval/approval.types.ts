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
  address: string;
  description: string;
}

export type AudienceName = '个人' | '法人';

export interface MaterialFormsRecord {
  original: boolean;
  copy: boolean;
  electronic: boolean;
}

/** A material as one item requires it: a dictionary entry (M000–M080) plus item specifics. */
export interface MaterialRecord {
  code: string;
  name: string;
  forms: MaterialFormsRecord;
  copies: { original: number; copy: number };
  requirement: 'required' | 'conditional';
  condition?: string;
  source: string;
  blankFormUrl?: string;
  sampleUrl?: string;
  notes?: string;
}

export interface ProcessStepRecord {
  name: string;
  description: string;
  actor: '申请人' | '窗口' | '审批科室' | '现场核查';
}

export interface FeeRecord {
  name: string;
  amount: number;
  unit: string;
  basis: string;
}

export interface FaqRecord {
  question: string;
  answer: string;
}

export interface ItemResultRecord {
  name: string;
  kind: '证照' | '批文' | '其他';
}

export interface OnlineAvailabilityRecord {
  fullyOnline: boolean;
  preReview: boolean;
  url?: string;
}

export interface ServiceItemRecord extends CatalogueRecord {
  name: string;
  departmentCode: string;
  departmentName: string;
  type: string;
  audiences: AudienceName[];
  topics: string[];
  lifeEvents: string[];
  conditions: string[];
  legalBasis: string[];
  materials: MaterialRecord[];
  steps: ProcessStepRecord[];
  /** Working days. */
  statutoryDays: number;
  /** Working days; 0 = 即办件. */
  committedDays: number;
  fees: FeeRecord[];
  free: boolean;
  visitsNeeded: number;
  online: OnlineAvailabilityRecord;
  zone: string;
  window: string;
  officeHours: string;
  phone: string;
  faq: FaqRecord[];
  results: ItemResultRecord[];
  deliveryOptions: string[];
  businessCategory: string;
  hot: boolean;
}

export interface ThemeFlowStageRecord {
  stage: string;
  itemCodes: string[];
  parallel: boolean;
}

/** A 一件事 theme: several items applied for together. */
export interface ThemeRecord extends CatalogueRecord {
  name: string;
  description: string;
  audiences: AudienceName[];
  itemCodes: string[];
  flow: ThemeFlowStageRecord[];
  /** Working days for the whole theme. */
  committedDays: number;
  zone: string;
  window: string;
}
