import { mergeTicket, sortTickets, ticketView, withFirst } from './ticket-view';
import type { TicketLike } from './types';

function ticket(overrides: Partial<TicketLike> = {}): TicketLike {
  return {
    id: 't1',
    number: 'A007',
    categoryCode: 'A',
    categoryName: '综合受理',
    status: 'WAITING',
    priority: 'NORMAL',
    ahead: 3,
    estimatedWait: { minMinutes: 12, maxMinutes: 20 },
    windowNumber: null,
    windowLabel: null,
    zoneName: '综合受理区',
    requeued: false,
    canCancel: true,
    canRequeue: false,
    takenAt: '2026-09-28T01:00:00.000Z',
    ...overrides,
  };
}

describe('ticketView', () => {
  it('a waiting ticket: how many are ahead and the wait as a range', () => {
    const view = ticketView(ticket());
    expect(view.headline).toBe('前面还有 3 人');
    expect(view.detail).toBe('预计等待 约 12–20 分钟');
    expect(view.statusLabel).toBe('排队中');
    expect(view.active).toBe(true);
    expect(view.label).toBe('排队号 A007，综合受理，前面还有 3 人，预计等待 约 12–20 分钟');
  });

  it('the next one, and a queue no window serves yet', () => {
    expect(ticketView(ticket({ ahead: 0 })).headline).toBe('下一位就是您');
    expect(
      ticketView(ticket({ ahead: 0, estimatedWait: { minMinutes: 0, maxMinutes: 0 } })).detail,
    ).toBe('马上就到您了，请准备好');
    expect(ticketView(ticket({ estimatedWait: null })).detail).toBe(
      '窗口暂未开始办理，开始叫号后显示预计等待时间',
    );
  });

  it('a called ticket names the window and the zone', () => {
    const view = ticketView(
      ticket({ status: 'CALLED', ahead: null, windowNumber: 12, windowLabel: '12号窗口' }),
    );
    expect(view.headline).toBe('请到 12 号窗口');
    expect(view.detail).toBe('综合受理区，请尽快前往');
    expect(view.tone).toBe('called');
    expect(ticketView(ticket({ status: 'CALLED', windowLabel: '绿色通道1' })).headline).toBe(
      '请到 绿色通道1',
    );
  });

  it('a skipped ticket says whether it may queue again', () => {
    expect(ticketView(ticket({ status: 'SKIPPED', canRequeue: true })).detail).toBe(
      '错过了叫号？可以重新排队一次',
    );
    const again = ticketView(ticket({ status: 'SKIPPED', requeued: true }));
    expect(again.detail).toBe('已重新排队过一次，如需办理请重新取号');
    expect(again.active).toBe(false);
  });

  it('held, completed and cancelled tickets', () => {
    expect(ticketView(ticket({ status: 'HELD' })).active).toBe(true);
    expect(ticketView(ticket({ status: 'HELD' })).headline).toBe('暂停办理');
    expect(ticketView(ticket({ status: 'COMPLETED' })).statusLabel).toBe('已办结');
    expect(ticketView(ticket({ status: 'CANCELLED' })).tone).toBe('cancelled');
  });

  it('names a priority ticket', () => {
    const view = ticketView(ticket({ priority: 'ELDERLY' }));
    expect(view.priorityLabel).toBe('长者优先');
    expect(view.label).toContain('综合受理，长者优先，');
    expect(ticketView(ticket()).priorityLabel).toBeNull();
  });
});

describe('ticket lists', () => {
  const done = ticket({ id: 'done', status: 'COMPLETED', takenAt: '2026-09-28T03:00:00.000Z' });
  const waiting = ticket({ id: 'w', takenAt: '2026-09-28T01:00:00.000Z' });
  const called = ticket({ id: 'c', status: 'CALLED', takenAt: '2026-09-28T02:00:00.000Z' });

  it('active tickets first, then the newest', () => {
    expect(sortTickets([done, waiting, called]).map((t) => t.id)).toEqual(['c', 'w', 'done']);
  });

  it('a pushed ticket replaces the old state of the same id', () => {
    const merged = mergeTicket([waiting, done], { ...waiting, status: 'CALLED', windowNumber: 3 });
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ id: 'w', status: 'CALLED', windowNumber: 3 });
    expect(mergeTicket([done], waiting).map((t) => t.id)).toEqual(['w', 'done']);
  });

  it('the ticket of the URL comes first', () => {
    expect(withFirst([waiting, called, done], 'done').map((t) => t.id)).toEqual(['done', 'c', 'w']);
    expect(withFirst([waiting], 'gone').map((t) => t.id)).toEqual(['w']);
  });
});
