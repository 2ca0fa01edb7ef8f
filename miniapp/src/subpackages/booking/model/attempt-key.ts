/**
 * Idempotency keys of 确认预约. One booking attempt — a slot for a person — keeps its key until
 * the server has answered it: a retry after a network error or a time-out sends the same key
 * (the BFF then books once, or returns the booking it already made), while a new attempt (after
 * a refusal, a success, or with another slot or person) gets a fresh key.
 */
export type KeySource = () => string;

/** 8–64 of [A-Za-z0-9_-], as the BFF requires; unique enough per account. */
export function randomKey(): string {
  const random = () =>
    Math.floor(Math.random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
  return `bk-${Date.now().toString(36)}-${random()}${random()}`;
}

export class AttemptKeys {
  private pending: { attempt: string; key: string } | null = null;

  constructor(private readonly newKey: KeySource = randomKey) {}

  /** The key to send for `attempt` (e.g. `slotId|familyMemberId`). */
  keyFor(attempt: string): string {
    if (this.pending?.attempt !== attempt) this.pending = { attempt, key: this.newKey() };
    return this.pending.key;
  }

  /** The server answered (booked, or refused with a code): the next tap is a new attempt. */
  answered(): void {
    this.pending = null;
  }
}
