/** Seeded test citizens for the H5 demo login (development and tests only). */
export const DEMO_PERSONAS = {
  CITIZEN_A: 'demo-openid-citizen-a',
  CITIZEN_B: 'demo-openid-citizen-b',
} as const;

export type DemoPersona = keyof typeof DEMO_PERSONAS;
