import { refusalRoute } from './refusal';

const graphqlError = (code: string) => ({ kind: 'graphql' as const, message: '…', code });

describe('refusalRoute', () => {
  it('takes a full slot back to the slot list, refreshed, with a new key', () => {
    expect(refusalRoute(graphqlError('SLOT_FULL'))).toEqual({
      step: 'slot',
      reload: true,
      newAttempt: true,
    });
    expect(refusalRoute(graphqlError('SLOT_CATEGORY_MISMATCH')).step).toBe('slot');
  });

  it('takes a day that can no longer be booked back to the calendar', () => {
    for (const code of ['DATE_HOLIDAY', 'DATE_NOT_RELEASED', 'DATE_IN_PAST', 'NO_HOLIDAY_DATA']) {
      expect(refusalRoute(graphqlError(code))).toMatchObject({ step: 'date', reload: true });
    }
  });

  it('takes a family member who cannot be acted for back to the choice of person', () => {
    expect(refusalRoute(graphqlError('FAMILY_LINK_REVOKED')).step).toBe('person');
    expect(refusalRoute(graphqlError('REAL_NAME_REQUIRED')).step).toBe('person');
  });

  it('stays on the summary for a ban, the limit and a second booking that day', () => {
    for (const code of ['BOOKING_BANNED', 'BOOKING_LIMIT_REACHED', 'ALREADY_BOOKED_THAT_DAY']) {
      expect(refusalRoute(graphqlError(code))).toEqual({
        step: 'confirm',
        reload: false,
        newAttempt: true,
      });
    }
  });

  it('keeps the key after a network error or a time-out (the retry is the same attempt)', () => {
    expect(refusalRoute({ kind: 'network', message: '网络连接失败' })).toEqual({
      step: 'confirm',
      reload: false,
      newAttempt: false,
    });
    expect(refusalRoute({ kind: 'timeout', message: '请求超时' }).newAttempt).toBe(false);
    expect(refusalRoute({ kind: 'unknown', message: '服务暂时不可用' }).newAttempt).toBe(false);
  });
});
