import { SHIZHONG_HALL_CODE } from '../halls/reference-data/shizhong-hall';
import type { StaffRole } from './staff-role';

export interface DemoStaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  hallCode: string | null;
  zoneCodes: string[];
  windowCodes: string[];
}

/**
 * Staff personas of the demo login (development and tests only; refused in production). They are
 * made on first use with no password at all, so they can only ever sign in through demoLogin.
 */
export const DEMO_STAFF = {
  STAFF_SZ: {
    username: 'demo-staff-sz',
    displayName: '演示窗口人员（区中心）',
    role: 'STAFF',
    hallCode: SHIZHONG_HALL_CODE,
    zoneCodes: ['SZ-A-ZH'],
    windowCodes: [`${SHIZHONG_HALL_CODE}-W001`, `${SHIZHONG_HALL_CODE}-W002`],
  },
  HALL_ADMIN_SZ: {
    username: 'demo-admin-sz',
    displayName: '演示大厅管理员（区中心）',
    role: 'HALL_ADMIN',
    hallCode: SHIZHONG_HALL_CODE,
    zoneCodes: [],
    windowCodes: [],
  },
  STAFF_STREET: {
    username: 'demo-staff-dgy',
    displayName: '演示窗口人员（大观园街道）',
    role: 'STAFF',
    hallCode: 'SZ-ST-DGY',
    zoneCodes: [],
    windowCodes: [],
  },
  SYSTEM_ADMIN: {
    username: 'demo-sysadmin',
    displayName: '演示系统管理员',
    role: 'SYSTEM_ADMIN',
    hallCode: null,
    zoneCodes: [],
    windowCodes: [],
  },
} as const satisfies Record<string, DemoStaffAccount>;

export type DemoStaffPersona = keyof typeof DEMO_STAFF;

export function isDemoStaffPersona(persona: string): persona is DemoStaffPersona {
  return Object.prototype.hasOwnProperty.call(DEMO_STAFF, persona);
}
