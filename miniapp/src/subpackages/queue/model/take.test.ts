import { locationFailure, locationFailureText, queueKey, takeAttempt, takeRefusal } from './take';

describe('queueKey and takeAttempt', () => {
  it('keys fit the BFF’s idempotency key rule and differ', () => {
    const a = queueKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(queueKey()).not.toBe(a);
  });

  it('the same category, way and priority is the same attempt', () => {
    expect(takeAttempt('A', 'REMOTE', false)).toBe(takeAttempt('A', 'REMOTE', false));
    expect(takeAttempt('A', 'REMOTE', true)).not.toBe(takeAttempt('A', 'REMOTE', false));
    expect(takeAttempt('A', 'SCAN', false)).not.toBe(takeAttempt('A', 'REMOTE', false));
  });
});

describe('takeRefusal', () => {
  it('a lost answer keeps the key and says a retry will not take twice', () => {
    const refusal = takeRefusal({ kind: 'timeout', message: '网络超时' });
    expect(refusal.newAttempt).toBe(false);
    expect(refusal.message).toBe('网络超时。网络不稳定，再点一次会继续刚才的取号，不会重复取号');
    expect(takeRefusal({ kind: 'unknown', message: '出错了' }).newAttempt).toBe(false);
  });

  it('routes the BFF’s codes', () => {
    const refusal = (code: string) => takeRefusal({ kind: 'graphql', code, message: '中文说明' });
    expect(refusal('QUEUE_TICKET_ACTIVE_EXISTS')).toEqual({
      message: '中文说明',
      next: 'mine',
      newAttempt: true,
    });
    expect(refusal('QUEUE_TOO_FAR').next).toBe('scan');
    expect(refusal('REAL_NAME_REQUIRED').next).toBe('realName');
    expect(refusal('QUEUE_LOCATION_REQUIRED').next).toBe('scan');
    expect(refusal('QUEUE_CATEGORY_PAUSED').next).toBe('refresh');
    expect(refusal('QUEUE_HALL_CLOSED').next).toBe('refresh');
    expect(refusal('QUEUE_OUTSIDE_OFFICE_HOURS').next).toBe('refresh');
    expect(refusal('QUEUE_DOOR_CODE_INVALID')).toMatchObject({ next: 'none', newAttempt: true });
  });
});

describe('locationFailure', () => {
  it('a refusal by the user, the phone or WeChat’s privacy agreement', () => {
    for (const errMsg of [
      'getLocation:fail auth deny',
      'getLocation:fail:auth denied',
      'getLocation:fail system permission denied',
      'getLocation:fail privacy permission is not authorized',
      'User denied Geolocation',
    ]) {
      expect(locationFailure(errMsg)).toBe('denied');
    }
    expect(locationFailureText('denied')).toContain('没有允许使用位置信息');
  });

  it('anything else is a missing fix', () => {
    expect(locationFailure('Timeout expired')).toBe('unavailable');
    expect(locationFailure(undefined)).toBe('unavailable');
    expect(locationFailureText('unavailable')).toContain('暂时获取不到您的位置');
  });
});
