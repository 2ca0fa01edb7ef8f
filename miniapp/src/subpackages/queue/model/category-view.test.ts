import { categoryRow, categoryRows, openStateLine } from './category-view';
import type { CategoryLike, TicketLike } from './types';

const A: CategoryLike = {
  code: 'A',
  name: '综合受理',
  zoneName: '综合受理区',
  waitingCount: 4,
  openWindowCount: 2,
  estimatedWait: { minMinutes: 10, maxMinutes: 16 },
  paused: false,
  pausedReason: null,
};
const OPEN = {
  open: true,
  reason: null,
  opensAt: '2026-09-28T01:00:00.000Z',
  closesAt: '2026-09-28T09:00:00.000Z',
};

const TICKET: TicketLike = {
  id: 't1',
  number: 'A007',
  categoryCode: 'A',
  categoryName: '综合受理',
  status: 'WAITING',
  priority: 'NORMAL',
  requeued: false,
  canCancel: true,
  canRequeue: false,
  takenAt: '2026-09-28T01:00:00.000Z',
};

describe('categoryRow', () => {
  it('shows who waits and the estimate, and says it in that order', () => {
    const row = categoryRow(A, OPEN);
    expect(row).toMatchObject({
      title: 'A 综合受理',
      waiting: '4 人等候',
      wait: '预计等待约 10–16 分钟',
      disabled: false,
      reason: null,
      mine: null,
    });
    expect(row.label).toBe('A 综合受理，4 人等候，预计等待约 10–16 分钟');
  });

  it('no open window: no estimate', () => {
    const row = categoryRow(
      { ...A, openWindowCount: 0, estimatedWait: null, waitingCount: 0 },
      OPEN,
    );
    expect(row.waiting).toBe('暂无人等候');
    expect(row.wait).toBe('暂无窗口办理');
    const free = categoryRow(
      { ...A, waitingCount: 0, estimatedWait: { minMinutes: 0, maxMinutes: 0 } },
      OPEN,
    );
    expect(free.wait).toBe('现在取号无需等待');
  });

  it('a paused category cannot be taken and says why', () => {
    const row = categoryRow({ ...A, paused: true, pausedReason: '系统升级' }, OPEN);
    expect(row.disabled).toBe(true);
    expect(row.reason).toBe('暂停取号：系统升级');
    expect(row.label).toBe('A 综合受理，暂停取号：系统升级，4 人等候，预计等待约 10–16 分钟');
    expect(categoryRow({ ...A, paused: true }, OPEN).reason).toBe('暂停取号');
  });

  it('a closed hall disables every row with the BFF’s reason', () => {
    const row = categoryRow(A, { open: false, reason: '现在不在取号时间内' });
    expect(row.disabled).toBe(true);
    expect(row.reason).toBe('现在不在取号时间内');
  });

  it('a category where the caller already waits opens that ticket', () => {
    const [row] = categoryRows([A], { open: false, reason: '已停止取号' }, [TICKET]);
    expect(row.mine).toEqual({ id: 't1', number: 'A007' });
    expect(row.disabled).toBe(false);
    expect(row.label.startsWith('A 综合受理，已取号 A007，')).toBe(true);
    const [done] = categoryRows([A], OPEN, [{ ...TICKET, status: 'COMPLETED' }]);
    expect(done.mine).toBeNull();
  });
});

describe('openStateLine', () => {
  it('today’s hours in Shanghai time while open', () => {
    expect(openStateLine(OPEN)).toEqual({ open: true, text: '今天取号时间 09:00—17:00' });
    expect(openStateLine({ open: true })).toEqual({ open: true, text: '可以取号' });
  });

  it('the reason when closed', () => {
    expect(openStateLine({ open: false, reason: '大厅今天不办公' })).toEqual({
      open: false,
      text: '大厅今天不办公',
    });
    expect(openStateLine({ open: false })).toEqual({ open: false, text: '现在不能取号' });
  });
});
