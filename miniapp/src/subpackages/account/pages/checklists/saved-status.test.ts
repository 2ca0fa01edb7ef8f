import { formatSavedAt, savedStatus } from './saved-status';

const base = {
  id: 'x',
  kind: 'THEME' as const,
  code: 'YJS-KFD',
  title: '我要开饭店',
  available: true,
  missingCount: 0,
  unansweredCount: 0,
  complete: true,
  updatedAt: '2026-11-03T06:05:00.000Z',
};

describe('a saved checklist in the list', () => {
  it('says how many materials are missing, or that they are all ready', () => {
    expect(savedStatus({ ...base, missingCount: 7, complete: false })).toEqual({
      text: '还缺 7 项',
      tone: 'missing',
    });
    expect(savedStatus(base)).toEqual({ text: '材料已备齐', tone: 'complete' });
    expect(savedStatus({ ...base, unansweredCount: 1, complete: false })).toEqual({
      text: '还有 1 个问题没回答',
      tone: 'pending',
    });
    expect(
      savedStatus({ ...base, available: false, missingCount: null, complete: false }).tone,
    ).toBe('unavailable');
  });

  it('dates it with the time this year and with the year before that', () => {
    const now = new Date(2026, 10, 20);
    expect(formatSavedAt(new Date(2026, 10, 3, 14, 5).toISOString(), now)).toBe('11月3日 14:05');
    expect(formatSavedAt(new Date(2025, 0, 9, 8, 0).toISOString(), now)).toBe('2025年1月9日');
    expect(formatSavedAt('not a date', now)).toBe('');
  });
});
