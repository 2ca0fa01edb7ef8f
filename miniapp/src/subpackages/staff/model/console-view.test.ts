import {
  consoleActions,
  initialCategories,
  toggleCategory,
  waitingForWindow,
  type ConsoleLike,
} from './console-view';

function windowConsole(overrides: Partial<ConsoleLike> = {}): ConsoleLike {
  return {
    status: 'OPEN',
    categoryCodes: ['A'],
    allowedCategoryCodes: ['A', 'H'],
    currentTicket: null,
    heldTickets: [],
    waiting: [
      { code: 'A', waitingCount: 2, paused: false },
      { code: 'H', waitingCount: 5, paused: false },
    ],
    ...overrides,
  };
}

describe('consoleActions', () => {
  it('an open window with people waiting may call next, not act on a ticket it does not have', () => {
    const actions = consoleActions(windowConsole(), ['A']);
    expect(actions.callNext).toEqual({ enabled: true, reason: null });
    expect(actions.complete).toEqual({ enabled: false, reason: '当前没有正在办理的号' });
    expect(actions.pause.enabled).toBe(true);
    expect(actions.close.enabled).toBe(true);
    expect(actions.open).toEqual({ enabled: false, reason: '窗口已开启，改选业务后可以更新' });
  });

  it('changing the categories of an open window is allowed (open again with the new set)', () => {
    expect(consoleActions(windowConsole(), ['A', 'H']).open.enabled).toBe(true);
    expect(consoleActions(windowConsole(), []).open).toEqual({
      enabled: false,
      reason: '请至少选择一个业务类别',
    });
  });

  it('while serving a ticket: recall, skip, hold, transfer and complete; not call next or close', () => {
    const actions = consoleActions(
      windowConsole({ currentTicket: { id: 't', status: 'CALLED' } }),
      ['A'],
    );
    for (const action of ['recall', 'skip', 'hold', 'transfer', 'complete'] as const) {
      expect(actions[action].enabled).toBe(true);
    }
    expect(actions.callNext).toEqual({
      enabled: false,
      reason: '请先办结、过号、挂起或转移当前的号',
    });
    expect(actions.close.enabled).toBe(false);
  });

  it('closed and paused windows do not call', () => {
    expect(consoleActions(windowConsole({ status: 'CLOSED' }), ['A']).callNext.reason).toBe(
      '窗口未开启，请先开启窗口',
    );
    expect(consoleActions(windowConsole({ status: 'CLOSED' }), ['A']).pause.enabled).toBe(false);
    const paused = consoleActions(windowConsole({ status: 'PAUSED' }), ['A']);
    expect(paused.callNext.reason).toBe('窗口已暂停，恢复后才能叫号');
    expect(paused.open.enabled).toBe(true);
    expect(paused.pause.reason).toBe('窗口已暂停');
  });

  it('counts the people waiting in the categories it serves; none still lets it call (the BFF answers)', () => {
    const empty = windowConsole({ waiting: [{ code: 'H', waitingCount: 5, paused: false }] });
    expect(waitingForWindow(empty)).toBe(0);
    expect(consoleActions(empty, ['A']).callNext.enabled).toBe(true);
    expect(waitingForWindow(windowConsole())).toBe(2);
  });
});

describe('category choice', () => {
  it('starts with the served categories, else all the window may serve', () => {
    expect(initialCategories(windowConsole())).toEqual(['A']);
    expect(initialCategories(windowConsole({ categoryCodes: [] }))).toEqual(['A', 'H']);
  });

  it('toggles in the window’s order', () => {
    expect(toggleCategory(['H'], 'A', ['A', 'H'])).toEqual(['A', 'H']);
    expect(toggleCategory(['A', 'H'], 'A', ['A', 'H'])).toEqual(['H']);
  });
});
