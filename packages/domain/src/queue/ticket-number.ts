/** Who is called first inside a category: every priority but NORMAL is a priority ticket. */
export const QUEUE_PRIORITIES = ['NORMAL', 'APPOINTMENT', 'GREEN_CHANNEL', 'ELDERLY'] as const;
export type QueuePriority = (typeof QUEUE_PRIORITIES)[number];

/** APPOINTMENT, GREEN_CHANNEL and ELDERLY are equal among themselves and called before NORMAL. */
export function isPriorityTicket(priority: QueuePriority): boolean {
  return priority !== 'NORMAL';
}

/**
 * The number shown on the ticket and the board: the category's prefix and the day's serial,
 * padded to three digits ('A', 7 → 'A007'; 'B', 1234 → 'B1234').
 */
export function formatTicketNumber(categoryCode: string, serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1) {
    throw new RangeError(`ticket serial must be a positive integer, got ${serial}`);
  }
  if (!/^[A-Z][A-Z0-9]*$/.test(categoryCode)) {
    throw new RangeError(`category code must be upper-case letters/digits, got '${categoryCode}'`);
  }
  return `${categoryCode}${String(serial).padStart(3, '0')}`;
}
