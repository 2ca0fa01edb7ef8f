import type { DemoStaffPersona } from '../staff/demo-staff';

/** Seeded test citizens for the H5 demo login (development and tests only). */
export const DEMO_PERSONAS = {
  CITIZEN_A: 'demo-openid-citizen-a',
  CITIZEN_B: 'demo-openid-citizen-b',
} as const;

export type DemoCitizenPersona = keyof typeof DEMO_PERSONAS;

/** Every persona of the demo login: the test citizens and the demo staff (staff/demo-staff.ts). */
export type DemoPersona = DemoCitizenPersona | DemoStaffPersona;
