/**
 * The time of the BFF. Services that decide by the time of day (the booking calendar, reminders,
 * no-shows) ask this instead of `new Date()`, so tests and end-to-end runs can set it.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's clock: what runs in production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export interface TestClockState {
  /** The clock's time now. */
  now: Date;
  /** True when the clock has been set (it is not the machine's time). */
  adjusted: boolean;
  frozen: boolean;
}

/**
 * A clock tests can set (only outside production, with TEST_CLOCK_ALLOWED=1): to an instant from
 * which it keeps running, or frozen at it; `reset()` goes back to the machine's time. Each BFF
 * instance has its own: set it on every instance a test talks to.
 */
export class AdjustableClock extends Clock {
  private offsetMs = 0;
  private frozenAtMs: number | null = null;

  constructor(private readonly machineMs: () => number = Date.now) {
    super();
  }

  now(): Date {
    return new Date(this.frozenAtMs ?? this.machineMs() + this.offsetMs);
  }

  set(at: Date, frozen = false): void {
    if (frozen) {
      this.frozenAtMs = at.getTime();
      this.offsetMs = 0;
    } else {
      this.frozenAtMs = null;
      this.offsetMs = at.getTime() - this.machineMs();
    }
  }

  reset(): void {
    this.frozenAtMs = null;
    this.offsetMs = 0;
  }

  state(): TestClockState {
    return {
      now: this.now(),
      adjusted: this.frozenAtMs !== null || this.offsetMs !== 0,
      frozen: this.frozenAtMs !== null,
    };
  }
}
