import { AppError } from '../common/errors/app.error';
import { assertMayManage, hallForNewAccount, staffListScope } from './staff-admin-access';

const systemAdmin = { role: 'SYSTEM_ADMIN' as const, hallCode: null };
const hallAdminX = { role: 'HALL_ADMIN' as const, hallCode: 'SZ-HALL' };
const staffX = { role: 'STAFF' as const, hallCode: 'SZ-HALL' };

function codeOf(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
}

describe('staff administration reach', () => {
  it('lets a hall admin list their own hall only; a system admin any or all', () => {
    expect(staffListScope(hallAdminX, null)).toBe('SZ-HALL');
    expect(staffListScope(hallAdminX, 'SZ-HALL')).toBe('SZ-HALL');
    expect(codeOf(() => staffListScope(hallAdminX, 'SZ-ST-DGY'))).toBe('FORBIDDEN');
    expect(staffListScope(systemAdmin, null)).toBeNull();
    expect(staffListScope(systemAdmin, 'SZ-ST-DGY')).toBe('SZ-ST-DGY');
    expect(codeOf(() => staffListScope(staffX, null))).toBe('FORBIDDEN');
  });

  it('lets a hall admin create STAFF of their own hall only', () => {
    expect(hallForNewAccount(hallAdminX, 'STAFF', null)).toBe('SZ-HALL');
    expect(codeOf(() => hallForNewAccount(hallAdminX, 'STAFF', 'SZ-ST-DGY'))).toBe('FORBIDDEN');
    expect(codeOf(() => hallForNewAccount(hallAdminX, 'HALL_ADMIN', null))).toBe('FORBIDDEN');
    expect(codeOf(() => hallForNewAccount(hallAdminX, 'SYSTEM_ADMIN', null))).toBe('FORBIDDEN');
    expect(hallForNewAccount(systemAdmin, 'HALL_ADMIN', 'SZ-ST-DGY')).toBe('SZ-ST-DGY');
    expect(codeOf(() => hallForNewAccount(staffX, 'STAFF', null))).toBe('FORBIDDEN');
  });

  it("lets a hall admin manage their hall's STAFF, not other halls or other admins", () => {
    expect(codeOf(() => assertMayManage(hallAdminX, staffX))).toBeNull();
    expect(
      codeOf(() => assertMayManage(hallAdminX, { role: 'STAFF', hallCode: 'SZ-ST-DGY' })),
    ).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayManage(hallAdminX, hallAdminX))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayManage(hallAdminX, systemAdmin))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayManage(systemAdmin, hallAdminX))).toBeNull();
    expect(codeOf(() => assertMayManage(staffX, staffX))).toBe('FORBIDDEN');
  });
});
