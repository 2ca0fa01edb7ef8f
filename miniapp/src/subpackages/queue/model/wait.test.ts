import { noWait, waitText } from './wait';

describe('waitText', () => {
  it('says the range in minutes', () => {
    expect(waitText({ minMinutes: 5, maxMinutes: 10 })).toBe('约 5–10 分钟');
    expect(waitText({ minMinutes: 8, maxMinutes: 8 })).toBe('约 8 分钟');
  });

  it('no text without an estimate or without a wait (the pages say those in words)', () => {
    expect(waitText({ minMinutes: 0, maxMinutes: 0 })).toBeNull();
    expect(noWait({ minMinutes: 0, maxMinutes: 0 })).toBe(true);
    expect(noWait({ minMinutes: 0, maxMinutes: 2 })).toBe(false);
    expect(noWait(null)).toBe(false);
    expect(waitText(null)).toBeNull();
    expect(waitText(undefined)).toBeNull();
  });

  it('never shows a range that runs backwards or below zero', () => {
    expect(waitText({ minMinutes: 12, maxMinutes: 9 })).toBe('约 12 分钟');
    expect(waitText({ minMinutes: -3, maxMinutes: 4.4 })).toBe('约 0–4 分钟');
  });
});
