import { catalogueFreshness } from './freshness';

describe('catalogueFreshness', () => {
  const now = new Date('2026-11-23T10:00:00+08:00');

  it('is stale with no age before the first sync', () => {
    expect(catalogueFreshness(null, false, now, 600)).toEqual({
      syncedAt: null,
      stale: true,
      ageSeconds: null,
    });
  });

  it('is fresh right after a successful sync', () => {
    const syncedAt = new Date(now.getTime() - 30_000);
    expect(catalogueFreshness(syncedAt, false, now, 600)).toEqual({
      syncedAt,
      stale: false,
      ageSeconds: 30,
    });
  });

  it('is stale when the newest attempt failed, and keeps counting the age', () => {
    const syncedAt = new Date(now.getTime() - 125_000);
    const result = catalogueFreshness(syncedAt, true, now, 600);
    expect(result.stale).toBe(true);
    expect(result.ageSeconds).toBe(125);
  });

  it('is stale when the sync is overdue even without a recorded failure', () => {
    const syncedAt = new Date(now.getTime() - 601_000);
    expect(catalogueFreshness(syncedAt, false, now, 600).stale).toBe(true);
  });
});
