import { AppError } from '../common/errors/app.error';
import { maskPersonalValue } from './mask-personal-value';
import { mayRevealInHall } from './reveal-access';
import { requireRevealReason } from './reveal-reason';

describe('reveal rules', () => {
  it('lets staff and hall admins reveal in their own hall, system admins in any', () => {
    expect(mayRevealInHall({ role: 'STAFF', hallCode: 'SZ-HALL' }, 'SZ-HALL')).toBe(true);
    expect(mayRevealInHall({ role: 'HALL_ADMIN', hallCode: 'SZ-HALL' }, 'SZ-HALL')).toBe(true);
    expect(mayRevealInHall({ role: 'STAFF', hallCode: 'SZ-ST-DGY' }, 'SZ-HALL')).toBe(false);
    expect(mayRevealInHall({ role: 'STAFF', hallCode: null }, 'SZ-HALL')).toBe(false);
    expect(mayRevealInHall({ role: 'SYSTEM_ADMIN', hallCode: null }, 'SZ-ST-DGY')).toBe(true);
    expect(mayRevealInHall({ role: 'CITIZEN', hallCode: null }, 'SZ-HALL')).toBe(false);
  });

  it('wants a reason of 5–200 characters, counted after trimming', () => {
    expect(requireRevealReason('  核对预约人身份  ')).toBe('核对预约人身份');
    expect(requireRevealReason('核对\n\t身份信息')).toBe('核对 身份信息');
    for (const bad of [
      '',
      '    ',
      '核对身份',
      '\u0000\u0000\u0000\u0000\u0000',
      '查'.repeat(201),
    ]) {
      let error: unknown;
      try {
        requireRevealReason(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('REVEAL_REASON_INVALID');
      expect((error as AppError).userMessage).toBe('请填写查看原因，5 至 200 个字');
    }
    expect(requireRevealReason('查'.repeat(200))).toHaveLength(200);
  });

  it('masks each field its own way', () => {
    expect(maskPersonalValue('NAME', '鲁思远')).toBe('鲁**');
    expect(maskPersonalValue('ID_NUMBER', '370103198504172130')).toBe('370***********2130');
    expect(maskPersonalValue('PHONE', '13800010001')).toBe('138****0001');
    expect(maskPersonalValue('ADDRESS', '山东省济南市市中区英雄山路1号')).toBe('山东省济南市****');
  });
});
