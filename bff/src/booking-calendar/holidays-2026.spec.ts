import { getDayDetail } from 'chinese-days';
import { addDays } from '@shizhong/domain';
import { HOLIDAYS_2026 } from '../database/migrations/1763900700100-holidays-2026';

/**
 * The 2026 rows are copied into their migration (a migration must never change when a package
 * updates). This checks the copy against the package: if `chinese-days` ever corrects 2026, this
 * fails, and the fix is a new migration, not an edit of the old one.
 */
describe('2026 holidays seeded by the migration', () => {
  it('equal what chinese-days says about every day of 2026', () => {
    const fromPackage: [string, string, string][] = [];
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const detail = getDayDetail(date);
      // Ordinary days are named after their weekday ("Sunday"); holiday-related ones are
      // "National Day,国庆节,3": English name, Chinese name, days.
      const [, chineseName] = detail.name.split(',');
      if (chineseName === undefined) continue;
      fromPackage.push([date, detail.work ? 'MAKEUP_WORKDAY' : 'HOLIDAY', chineseName]);
    }
    expect(HOLIDAYS_2026.map((row) => [...row])).toEqual(fromPackage);
  });

  it('has the 国庆 week, the make-up Sunday 09-20 and Saturday 10-10', () => {
    const byDate = new Map(HOLIDAYS_2026.map(([date, kind, name]) => [date, { kind, name }]));
    for (let date = '2026-10-01'; date <= '2026-10-07'; date = addDays(date, 1)) {
      expect(byDate.get(date)).toEqual({ kind: 'HOLIDAY', name: '国庆节' });
    }
    expect(byDate.get('2026-09-20')?.kind).toBe('MAKEUP_WORKDAY');
    expect(byDate.get('2026-10-10')?.kind).toBe('MAKEUP_WORKDAY');
    expect(HOLIDAYS_2026.filter(([, kind]) => kind === 'MAKEUP_WORKDAY')).toHaveLength(6);
    expect(HOLIDAYS_2026.filter(([, kind]) => kind === 'HOLIDAY')).toHaveLength(33);
  });
});
