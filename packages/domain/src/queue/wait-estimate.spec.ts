import { estimateWait, serviceTimeEwma } from './wait-estimate';

describe('serviceTimeEwma', () => {
  it('is null without usable durations', () => {
    expect(serviceTimeEwma([])).toBeNull();
    expect(serviceTimeEwma([0, -5, 5 * 3600, Number.NaN])).toBeNull();
  });
  it('starts at the oldest duration and weighs each newer one by alpha (0.3)', () => {
    expect(serviceTimeEwma([600])).toBe(600);
    // 600 → 0.3·300 + 0.7·600 = 510 → 0.3·900 + 0.7·510 = 627
    expect(serviceTimeEwma([600, 300, 900])).toBeCloseTo(627, 9);
  });
  it('takes another alpha', () => {
    expect(serviceTimeEwma([600, 300], 0.5)).toBeCloseTo(450, 9);
    expect(serviceTimeEwma([600, 300], 1)).toBe(300);
  });
  it('skips non-positive and absurd (> 4 h) durations', () => {
    expect(serviceTimeEwma([600, 0, -1, 4 * 3600 + 1, 300])).toBeCloseTo(510, 9);
    expect(serviceTimeEwma([4 * 3600])).toBe(4 * 3600);
  });
  it('rejects alpha outside (0, 1]', () => {
    expect(() => serviceTimeEwma([1], 0)).toThrow(RangeError);
    expect(() => serviceTimeEwma([1], 1.1)).toThrow(RangeError);
  });
});

describe('estimateWait', () => {
  it('is null when no window is open', () => {
    expect(estimateWait({ ahead: 3, meanServiceSeconds: 300, openWindows: 0 })).toBeNull();
  });
  it('is 0–0 for the next ticket', () => {
    expect(estimateWait({ ahead: 0, meanServiceSeconds: 300, openWindows: 2 })).toEqual({
      minMinutes: 0,
      maxMinutes: 0,
    });
  });
  it('scales ahead · mean / windows by 0.8 … 1.3 in whole minutes', () => {
    // 3 · 600 s / 1 = 30 min → 24 … 39
    expect(estimateWait({ ahead: 3, meanServiceSeconds: 600, openWindows: 1 })).toEqual({
      minMinutes: 24,
      maxMinutes: 39,
    });
    // 10 · 300 s / 4 = 12.5 min → ⌊10⌋ … ⌈16.25⌉
    expect(estimateWait({ ahead: 10, meanServiceSeconds: 300, openWindows: 4 })).toEqual({
      minMinutes: 10,
      maxMinutes: 17,
    });
  });
  it('uses the default service time (600 s, or the given one) without a mean', () => {
    expect(estimateWait({ ahead: 1, meanServiceSeconds: null, openWindows: 1 })).toEqual({
      minMinutes: 8,
      maxMinutes: 13,
    });
    expect(
      estimateWait({
        ahead: 2,
        meanServiceSeconds: null,
        openWindows: 1,
        defaultServiceSeconds: 120,
      }),
    ).toEqual({ minMinutes: 3, maxMinutes: 6 });
  });
  it('keeps a range of at least one minute when someone is ahead', () => {
    expect(estimateWait({ ahead: 1, meanServiceSeconds: 30, openWindows: 5 })).toEqual({
      minMinutes: 0,
      maxMinutes: 1,
    });
  });
  it('grows with the tickets ahead and shrinks with open windows', () => {
    let previous = { minMinutes: 0, maxMinutes: 0 };
    for (let ahead = 1; ahead <= 50; ahead += 1) {
      const range = estimateWait({ ahead, meanServiceSeconds: 420, openWindows: 3 })!;
      expect(range.minMinutes).toBeGreaterThanOrEqual(previous.minMinutes);
      expect(range.maxMinutes).toBeGreaterThanOrEqual(previous.maxMinutes);
      expect(range.maxMinutes).toBeGreaterThan(range.minMinutes);
      previous = range;
    }
    const one = estimateWait({ ahead: 12, meanServiceSeconds: 420, openWindows: 1 })!;
    const four = estimateWait({ ahead: 12, meanServiceSeconds: 420, openWindows: 4 })!;
    expect(four.maxMinutes).toBeLessThan(one.maxMinutes);
  });
  it('rejects negative or fractional counts', () => {
    expect(() => estimateWait({ ahead: -1, meanServiceSeconds: 1, openWindows: 1 })).toThrow(
      RangeError,
    );
    expect(() => estimateWait({ ahead: 1, meanServiceSeconds: 1, openWindows: 0.5 })).toThrow(
      RangeError,
    );
  });
});
