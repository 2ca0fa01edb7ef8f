import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Appointments (issue 6, booking side), the outbox that delivers their reminders, and citizens'
 * WeChat subscribe-message subscriptions.
 *
 * `appointment` has no foreign key to `appointment_slot` on purpose: on MySQL/MariaDB an FK check
 * takes a shared lock on the slot row, and two bookings of the same slot that both hold it and
 * then need the exclusive lock of `UPDATE appointment_slot SET booked = booked + 1 …` deadlock.
 * Slots are never deleted, so the reference cannot dangle.
 */
export class Appointments1763900900000 implements MigrationInterface {
  name = 'Appointments1763900900000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'appointment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'category_code', type: 'varchar', length: '4' },
          { name: 'slot_id', type: 'varchar', length: '36' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'start_time', type: 'varchar', length: '5' },
          { name: 'end_time', type: 'varchar', length: '5' },
          { name: 'starts_at', ...ts },
          { name: 'ends_at', ...ts },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'active_key', type: 'varchar', length: '96', isNullable: true },
          { name: 'actor_user_id', type: 'varchar', length: '36' },
          { name: 'actor_name_enc', type: 'varchar', length: '512' },
          { name: 'family_member_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'relation', type: 'varchar', length: '16', isNullable: true },
          { name: 'subject_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'subject_id_number_hash', type: 'varchar', length: '64' },
          { name: 'subject_name_enc', type: 'varchar', length: '512' },
          { name: 'subject_id_number_enc', type: 'varchar', length: '512' },
          { name: 'subject_phone_enc', type: 'varchar', length: '512', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'check_in_code', type: 'varchar', length: '12' },
          { name: 'created_at', ...ts },
          { name: 'cancelled_at', ...ts, isNullable: true },
          { name: 'checked_in_at', ...ts, isNullable: true },
          { name: 'check_in_method', type: 'varchar', length: '8', isNullable: true },
          { name: 'checked_in_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'no_show_at', ...ts, isNullable: true },
        ],
        indices: [
          // One active booking per person, category and day (NULL when not active).
          { name: 'UQ_appointment_active_key', columnNames: ['active_key'], isUnique: true },
          // A retried tap books once.
          {
            name: 'UQ_appointment_idempotency',
            columnNames: ['actor_user_id', 'idempotency_key'],
            isUnique: true,
          },
          { name: 'UQ_appointment_check_in_code', columnNames: ['check_in_code'], isUnique: true },
          // The actor's list, active count and cancel; the subject's list and no-shows.
          { name: 'IDX_appointment_actor_start', columnNames: ['actor_user_id', 'starts_at'] },
          {
            name: 'IDX_appointment_subject_start',
            columnNames: ['subject_id_number_hash', 'starts_at'],
          },
          // The staff day view.
          {
            name: 'IDX_appointment_hall_date',
            columnNames: ['hall_code', 'date', 'category_code'],
          },
          // The no-show sweep: BOOKED rows whose slot has ended.
          { name: 'IDX_appointment_status_end', columnNames: ['status', 'ends_at'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'outbox',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'topic', type: 'varchar', length: '40' },
          { name: 'dedupe_key', type: 'varchar', length: '120' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'due_at', ...ts },
          { name: 'expires_at', ...ts, isNullable: true },
          { name: 'attempts', type: 'int', default: 0 },
          { name: 'last_error', type: 'varchar', length: '300', isNullable: true },
          { name: 'claim_token', type: 'varchar', length: '36', isNullable: true },
          { name: 'claimed_until', ...ts, isNullable: true },
          { name: 'created_at', ...ts },
          { name: 'sent_at', ...ts, isNullable: true },
          { name: 'updated_at', ...ts },
        ],
        indices: [
          // The same effect is planned once (e.g. one reminder per appointment and kind).
          { name: 'UQ_outbox_dedupe_key', columnNames: ['dedupe_key'], isUnique: true },
          // The worker's scan of due messages and of claims that ran out.
          { name: 'IDX_outbox_status_due', columnNames: ['status', 'due_at'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'wechat_subscription',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'template_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'remaining', type: 'int', default: 0 },
          { name: 'accepted_count', type: 'int', default: 0 },
          { name: 'updated_at', ...ts },
        ],
        foreignKeys: [
          {
            name: 'FK_wechat_subscription_user',
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('wechat_subscription');
    await runner.dropTable('outbox');
    await runner.dropTable('appointment');
  }
}
