/** Default smoothing of the service-time mean: the newest duration weighs 30 %. */
export const DEFAULT_SERVICE_TIME_ALPHA = 0.3;
/** Service durations above this (a ticket left open over lunch, …) are ignored. */
export const MAX_PLAUSIBLE_SERVICE_SECONDS = 4 * 60 * 60;
/** Used while a category has no completed ticket to learn from (10 minutes). */
export const DEFAULT_SERVICE_SECONDS = 600;

/**
 * Exponentially weighted mean of recent service durations (seconds, oldest → newest):
 * m₁ = d₁, mᵢ = α·dᵢ + (1 − α)·mᵢ₋₁. Durations ≤ 0, not finite or above 4 hours are skipped.
 * null when no duration is usable.
 */
export function serviceTimeEwma(
  durationsSeconds: readonly number[],
  alpha: number = DEFAULT_SERVICE_TIME_ALPHA,
): number | null {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`alpha must be in (0, 1], got ${alpha}`);
  let mean: number | null = null;
  for (const duration of durationsSeconds) {
    if (!Number.isFinite(duration) || duration <= 0 || duration > MAX_PLAUSIBLE_SERVICE_SECONDS) {
      continue;
    }
    mean = mean === null ? duration : alpha * duration + (1 - alpha) * mean;
  }
  return mean;
}

export interface WaitRange {
  minMinutes: number;
  maxMinutes: number;
}

/** The range is the point estimate scaled by these factors. */
export const WAIT_RANGE_LOW = 0.8;
export const WAIT_RANGE_HIGH = 1.3;

/**
 * Estimated wait for a ticket with `ahead` tickets before it:
 *
 *   s   = meanServiceSeconds, or defaultServiceSeconds (600) when there is no usable mean
 *   t   = ahead · s / openWindows                       (seconds; the windows work in parallel)
 *   min = ⌊0.8 · t / 60⌋,  max = ⌈1.3 · t / 60⌉, and max ≥ min + 1 when ahead > 0
 *
 * ahead 0 (next to be called) → 0–0. null when no window serving the category is open
 * (no estimate is honest then).
 */
export function estimateWait(input: {
  ahead: number;
  meanServiceSeconds: number | null;
  openWindows: number;
  defaultServiceSeconds?: number;
}): WaitRange | null {
  const { ahead, meanServiceSeconds, openWindows } = input;
  const defaultServiceSeconds = input.defaultServiceSeconds ?? DEFAULT_SERVICE_SECONDS;
  if (!Number.isSafeInteger(ahead) || ahead < 0) {
    throw new RangeError(`ahead must be a non-negative integer, got ${ahead}`);
  }
  if (!Number.isSafeInteger(openWindows) || openWindows < 0) {
    throw new RangeError(`openWindows must be a non-negative integer, got ${openWindows}`);
  }
  if (openWindows === 0) return null;
  if (ahead === 0) return { minMinutes: 0, maxMinutes: 0 };
  const serviceSeconds =
    meanServiceSeconds !== null && Number.isFinite(meanServiceSeconds) && meanServiceSeconds > 0
      ? meanServiceSeconds
      : defaultServiceSeconds;
  const seconds = (ahead * serviceSeconds) / openWindows;
  // The epsilon keeps float noise (1.3 · 600 = 780.0000000000001) from adding a minute.
  const minMinutes = Math.floor((WAIT_RANGE_LOW * seconds) / 60 + 1e-9);
  const maxMinutes = Math.max(Math.ceil((WAIT_RANGE_HIGH * seconds) / 60 - 1e-9), minMinutes + 1);
  return { minMinutes, maxMinutes };
}
