import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Queue tickets (取号/叫号, issue 7): the tickets, the per-day counters that number them, the
 * categories a hall has paused, and what each service window is doing.
 *
 * What the database guarantees (see bff/src/queue/README.md):
 * - gap-free numbers: a ticket's serial comes from `queue_counter.last_serial + 1` in the
 *   transaction that inserts the ticket, and (hall, numbering category, day, serial) is UNIQUE;
 * - one active ticket per person and category: `active_key` (the subject's ID-number hash while
 *   WAITING / CALLED / HELD, NULL otherwise) is UNIQUE with hall, category and day;
 * - a retried take issues once: (owner, idempotency key) UNIQUE;
 * - one ticket per checked-in appointment: `appointment_id` UNIQUE.
 */
export class QueueTickets1763901100000 implements MigrationInterface {
  name = 'QueueTickets1763901100000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'queue_ticket',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          // The queue it waits in now (a transfer may change it) …
          { name: 'category_code', type: 'varchar', length: '4' },
          // … and the counter that issued its number (the number's letter; never changes).
          { name: 'serial_category_code', type: 'varchar', length: '4' },
          { name: 'service_date', type: 'varchar', length: '10' },
          { name: 'serial', type: 'int' },
          { name: 'number', type: 'varchar', length: '12' },
          { name: 'priority', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'source', type: 'varchar', length: '12' },
          { name: 'owner_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'issued_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'note', type: 'varchar', length: '100', isNullable: true },
          { name: 'actor_name_enc', type: 'varchar', length: '512', isNullable: true },
          { name: 'family_member_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'relation', type: 'varchar', length: '16', isNullable: true },
          { name: 'subject_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'subject_id_number_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'subject_name_enc', type: 'varchar', length: '512', isNullable: true },
          { name: 'appointment_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'requeued', type: 'boolean', default: false },
          { name: 'taken_at', ...ts },
          { name: 'queued_at', ...ts },
          { name: 'called_at', ...ts, isNullable: true },
          { name: 'announced_at', ...ts, isNullable: true },
          { name: 'serving_since', ...ts, isNullable: true },
          { name: 'served_seconds', type: 'int', default: 0 },
          { name: 'skipped_at', ...ts, isNullable: true },
          { name: 'completed_at', ...ts, isNullable: true },
          { name: 'cancelled_at', ...ts, isNullable: true },
          { name: 'window_code', type: 'varchar', length: '40', isNullable: true },
          { name: 'target_window_code', type: 'varchar', length: '40', isNullable: true },
          { name: 'recall_count', type: 'int', default: 0 },
          { name: 'service_seconds', type: 'int', isNullable: true },
          { name: 'active_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'request_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'updated_at', ...ts },
        ],
        indices: [
          // Gap-free, unique numbers per hall, category and day.
          {
            name: 'UQ_queue_ticket_serial',
            columnNames: ['hall_code', 'serial_category_code', 'service_date', 'serial'],
            isUnique: true,
          },
          // One active ticket per person, category and day (NULL when not active).
          {
            name: 'UQ_queue_ticket_active_key',
            columnNames: ['hall_code', 'category_code', 'service_date', 'active_key'],
            isUnique: true,
          },
          // A retried take issues once.
          {
            name: 'UQ_queue_ticket_idempotency',
            columnNames: ['owner_user_id', 'idempotency_key'],
            isUnique: true,
          },
          // A checked-in appointment gets one ticket.
          {
            name: 'UQ_queue_ticket_appointment',
            columnNames: ['appointment_id'],
            isUnique: true,
          },
          // A category's queue (waiting, called, held, completed today).
          {
            name: 'IDX_queue_ticket_queue',
            columnNames: ['hall_code', 'service_date', 'category_code', 'status'],
          },
          // The citizen's tickets: taken by them, or for them.
          { name: 'IDX_queue_ticket_owner', columnNames: ['owner_user_id', 'service_date'] },
          {
            name: 'IDX_queue_ticket_subject',
            columnNames: ['subject_id_number_hash', 'service_date'],
          },
          // A window's current and held tickets.
          { name: 'IDX_queue_ticket_window', columnNames: ['window_code', 'status'] },
          // The display board: the last calls of a hall.
          {
            name: 'IDX_queue_ticket_announced',
            columnNames: ['hall_code', 'service_date', 'announced_at'],
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'queue_counter',
        columns: [
          { name: 'hall_code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'category_code', type: 'varchar', length: '4', isPrimary: true },
          { name: 'service_date', type: 'varchar', length: '10', isPrimary: true },
          { name: 'last_serial', type: 'int', default: 0 },
          { name: 'consecutive_priority_calls', type: 'int', default: 0 },
          { name: 'updated_at', ...ts },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'queue_category_setting',
        columns: [
          { name: 'hall_code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'category_code', type: 'varchar', length: '4', isPrimary: true },
          { name: 'paused', type: 'boolean', default: false },
          { name: 'paused_reason', type: 'varchar', length: '100', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'updated_at', ...ts },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'service_window_state',
        columns: [
          { name: 'window_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '8' },
          { name: 'category_codes', type: 'varchar', length: '100' },
          { name: 'staff_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'current_ticket_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'opened_at', ...ts, isNullable: true },
          { name: 'updated_at', ...ts },
        ],
        indices: [{ name: 'IDX_service_window_state_hall', columnNames: ['hall_code', 'status'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('service_window_state');
    await runner.dropTable('queue_category_setting');
    await runner.dropTable('queue_counter');
    await runner.dropTable('queue_ticket');
  }
}
