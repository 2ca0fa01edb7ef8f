import { plannedReminders, type ReminderKind } from '@shizhong/domain';
import type { PlannedOutboxMessage } from '../../outbox/outbox.service';
import type { SubscribePurpose } from '../../subscribe-messages/subscribe-templates';

/** The outbox topic of appointment reminders. */
export const APPOINTMENT_REMINDER_TOPIC = 'APPOINTMENT_REMINDER';

export interface AppointmentReminderPayload {
  appointmentId: string;
  kind: ReminderKind;
}

export const REMINDER_KINDS: readonly ReminderKind[] = ['DAY_BEFORE', 'HOUR_BEFORE'];

/** The subscribe-message template each reminder is sent with. */
export const REMINDER_PURPOSE: Record<ReminderKind, SubscribePurpose> = {
  DAY_BEFORE: 'APPOINTMENT_DAY_BEFORE',
  HOUR_BEFORE: 'APPOINTMENT_HOUR_BEFORE',
};

/** One reminder per appointment and kind: the outbox's unique key. */
export function reminderDedupeKey(appointmentId: string, kind: ReminderKind): string {
  return `appointment-reminder:${appointmentId}:${kind}`;
}

/**
 * The reminders to plan when booking (`plannedReminders`: 18:00 the evening before, one hour
 * before; the ones already past are left out). None is sent after the slot has started.
 */
export function reminderMessages(
  appointment: { id: string; startsAt: Date },
  bookedAt: Date,
): PlannedOutboxMessage[] {
  return plannedReminders(appointment.startsAt, bookedAt).map((reminder) => ({
    topic: APPOINTMENT_REMINDER_TOPIC,
    dedupeKey: reminderDedupeKey(appointment.id, reminder.kind),
    payload: { appointmentId: appointment.id, kind: reminder.kind },
    dueAt: reminder.sendAt,
    expiresAt: appointment.startsAt,
  }));
}
