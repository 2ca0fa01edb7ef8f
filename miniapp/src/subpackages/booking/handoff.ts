import type { AppointmentFieldsFragment } from '@/gql/graphql';

export interface Template {
  templateId: string;
  title: string;
}

/**
 * What 确认预约 hands to the 预约成功 page (both in this subpackage, so one JS context): the
 * booking as the BFF answered it and the reminder templates to ask for, so the page shows at
 * once. Opened by link or reloaded, the page asks the BFF instead.
 */
let last: { appointment: AppointmentFieldsFragment; templates: Template[] } | null = null;

export function handOver(appointment: AppointmentFieldsFragment, templates: Template[]): void {
  last = { appointment, templates };
}

export function takeOver(id: string) {
  return last?.appointment.id === id ? last : null;
}
