import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppointmentEntity } from '../appointment.entity';

/**
 * Runs inside the check-in transaction, after the appointment became CHECKED_IN: whatever it
 * writes through `manager` commits or rolls back together with the check-in; throwing an
 * AppError refuses the check-in. The queue issue registers the step that turns the appointment
 * into a priority queue ticket here (AppointmentsModule exports AppointmentCheckInHooks):
 *
 *     hooks.register('queue-ticket', async (appointment, manager) => { … insert the ticket … });
 */
export type CheckInHook = (appointment: AppointmentEntity, manager: EntityManager) => Promise<void>;

@Injectable()
export class AppointmentCheckInHooks {
  private readonly hooks = new Map<string, CheckInHook>();

  register(name: string, hook: CheckInHook): void {
    if (this.hooks.has(name)) throw new Error(`check-in hook ${name} is already registered`);
    this.hooks.set(name, hook);
  }

  async run(appointment: AppointmentEntity, manager: EntityManager): Promise<void> {
    for (const hook of this.hooks.values()) await hook(appointment, manager);
  }
}
