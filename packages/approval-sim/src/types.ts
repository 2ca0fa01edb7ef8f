/** Data types of the approval backend contract (camelCase JSON). */

export type RecordStatus = 'active' | 'withdrawn';

export type ItemType =
  '行政许可' | '行政确认' | '行政给付' | '行政裁决' | '行政备案' | '公共服务' | '其他行政权力';

export type Audience = '个人' | '法人';

export type Zone =
  '民生服务区' | '办税服务区' | '审批服务区' | '政府采购区' | '开办企业专区' | '综合受理区';

export type BusinessCategoryCode = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export type DeliveryOption = '窗口领取' | '政务专递' | '电子证照' | '自助打印';

export type StepActor = '申请人' | '窗口' | '审批科室' | '现场核查';

export interface BusinessCategory {
  code: BusinessCategoryCode;
  name: string;
  description: string;
  zone: Zone;
  /** Ticket prefix used by the hall queue (same as code). */
  ticketPrefix: string;
}

export interface Department {
  code: string;
  name: string;
  shortName: string;
  phone: string;
  address: string;
  description: string;
  status: RecordStatus;
  version: number;
  updatedAt: string;
}

export interface MaterialForms {
  original: boolean;
  copy: boolean;
  electronic: boolean;
}

/** One entry of the shared material dictionary. */
export interface MaterialDefinition {
  code: string;
  name: string;
  forms: MaterialForms;
  copies: { original: number; copy: number };
  source: string;
  /** Default condition when an item lists the material as conditional. */
  defaultCondition?: string;
  notes?: string;
  sampleUrl?: string;
}

/** A material as required by one service item (dictionary entry + item specifics). */
export interface Material {
  code: string;
  name: string;
  forms: MaterialForms;
  copies: { original: number; copy: number };
  requirement: 'required' | 'conditional';
  condition?: string;
  source: string;
  blankFormUrl?: string;
  sampleUrl?: string;
  notes?: string;
}

export interface ProcessStep {
  name: string;
  description: string;
  actor: StepActor;
}

export interface Fee {
  name: string;
  amount: number;
  unit: string;
  basis: string;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface ItemResult {
  name: string;
  kind: '证照' | '批文' | '其他';
}

export interface OnlineAvailability {
  fullyOnline: boolean;
  preReview: boolean;
  url?: string;
}

export interface ServiceItem {
  code: string;
  name: string;
  departmentCode: string;
  departmentName: string;
  type: ItemType;
  audiences: Audience[];
  topics: string[];
  lifeEvents: string[];
  conditions: string[];
  legalBasis: string[];
  materials: Material[];
  steps: ProcessStep[];
  /** Statutory time limit in working days. */
  statutoryDays: number;
  /** Committed time limit in working days (0 = 即办件). */
  committedDays: number;
  fees: Fee[];
  free: boolean;
  visitsNeeded: 0 | 1;
  online: OnlineAvailability;
  zone: Zone;
  window: string;
  officeHours: string;
  phone: string;
  faq: FaqEntry[];
  results: ItemResult[];
  deliveryOptions: DeliveryOption[];
  businessCategory: BusinessCategoryCode;
  /** Popular item (热点事项). */
  hot: boolean;
  status: RecordStatus;
  version: number;
  updatedAt: string;
}

export interface ThemeFlowStage {
  stage: string;
  itemCodes: string[];
  parallel: boolean;
}

export interface Theme {
  code: string;
  name: string;
  description: string;
  audiences: Audience[];
  itemCodes: string[];
  flow: ThemeFlowStage[];
  /** Committed working days for the whole theme (一件事). */
  committedDays: number;
  zone: Zone;
  window: string;
  status: RecordStatus;
  version: number;
  updatedAt: string;
}

export type CaseStage = '申报' | '受理' | '审查' | '决定' | '办结' | '送达';

export type CaseStatus =
  '待受理' | '已受理' | '审查中' | '补正材料' | '已办结' | '已送达' | '不予受理';

export interface CaseTimelineEntry {
  stage: CaseStage;
  at: string;
  note: string;
  handler: string;
}

export interface Case {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentName: string;
  applicantName: string;
  phoneLast4: string;
  acceptedAt: string;
  committedDeadline: string;
  status: CaseStatus;
  /** Computed at request time: unfinished and past the committed deadline. */
  overdue: boolean;
  finishedAt?: string;
  deliveryMethod: DeliveryOption;
  timeline: CaseTimelineEntry[];
  updatedAt: string;
}

export interface PublicityRecord {
  id: string;
  itemCode: string;
  itemName: string;
  applicant: string;
  creditCode: string;
  decision: '准予许可' | '不予许可' | '准予变更' | '准予延续' | '准予注销';
  decisionNo: string;
  decidedAt: string;
  validUntil?: string;
  departmentName: string;
  updatedAt: string;
}

export interface PagedResponse<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  serverTime: string;
}

export interface FaultSettings {
  latencyMs: number;
  errorRate: number;
  down: boolean;
}
