import { boardView, doorQrRefreshMs } from './board-view';

describe('boardView', () => {
  it('the newest call big, the earlier ones after, as a caller would say them', () => {
    const view = boardView({
      hallCode: 'SZ-HALL',
      hallName: '济南市市中区政务服务中心',
      calls: [
        {
          number: 'A008',
          windowLabel: '12号窗口',
          windowNumber: 12,
          zoneName: '综合受理区',
          calledAt: '2026-09-28T01:05:00.000Z',
        },
        {
          number: 'B002',
          windowLabel: '13号窗口',
          windowNumber: 13,
          zoneName: '开办企业专区',
          calledAt: '2026-09-28T01:04:00.000Z',
        },
      ],
      waiting: [
        {
          code: 'A',
          name: '综合受理',
          zoneName: '综合受理区',
          waitingCount: 5,
          openWindowCount: 1,
          paused: false,
        },
        {
          code: 'C',
          name: '社保医保',
          zoneName: '民生服务区',
          waitingCount: 0,
          openWindowCount: 0,
          paused: true,
        },
      ],
    });
    expect(view.latest).toMatchObject({ number: 'A008', window: '12 号窗口' });
    expect(view.latest?.spoken).toBe('请 A008 号到 12 号窗口');
    expect(view.earlier.map((call) => call.number)).toEqual(['B002']);
    expect(view.waiting.map((row) => row.label)).toEqual([
      'A 综合受理，5 人等候',
      'C 社保医保，0 人等候，暂停',
    ]);
  });

  it('no call yet', () => {
    const view = boardView({ hallCode: 'X', hallName: 'X', calls: [], waiting: [] });
    expect(view.latest).toBeNull();
    expect(view.earlier).toEqual([]);
  });
});

describe('doorQrRefreshMs', () => {
  it('a second after the next code, never under 5 s', () => {
    expect(doorQrRefreshMs(201)).toBe(202_000);
    expect(doorQrRefreshMs(1)).toBe(5_000);
    expect(doorQrRefreshMs(Number.NaN)).toBe(5_000);
  });
});
