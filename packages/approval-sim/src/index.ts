export { startApprovalSim } from './server';
export type { ApprovalSimOptions, RunningApprovalSim } from './server';
export { buildSeedData } from './store';
export type { SeedData } from './store';
export { MATERIAL_DICTIONARY } from './data/materials';
export { BUSINESS_CATEGORIES } from './data/departments';
export type {
  Audience,
  BusinessCategory,
  BusinessCategoryCode,
  Case,
  CaseStage,
  CaseStatus,
  CaseTimelineEntry,
  DeliveryOption,
  Department,
  FaqEntry,
  FaultSettings,
  Fee,
  ItemResult,
  ItemType,
  Material,
  MaterialDefinition,
  MaterialForms,
  OnlineAvailability,
  PagedResponse,
  ProcessStep,
  PublicityRecord,
  RecordStatus,
  ServiceItem,
  StepActor,
  Theme,
  ThemeFlowStage,
  Zone,
} from './types';
