import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

const SLOT_CHECK = 'CHK_appointment_slot_booked';
const SLOT_CHECK_EXPRESSION = 'booked >= 0 AND booked <= capacity';

/**
 * The appointment calendar (issue 6): holidays and make-up workdays (nationwide) with the years
 * whose data is published, per-hall booking settings, weekly schedule templates and dated
 * exceptions per business category, and the materialized slots whose `booked` counter is where
 * capacity is enforced. Dates are `YYYY-MM-DD` and times `HH:mm` text in Asia/Shanghai.
 */
export class BookingCalendarSchema1763900700000 implements MigrationInterface {
  name = 'BookingCalendarSchema1763900700000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    const mysql = runner.connection.options.type === 'mysql';
    await runner.createTable(
      new Table({
        name: 'holiday',
        columns: [
          { name: 'date', type: 'varchar', length: '10', isPrimary: true },
          { name: 'year', type: 'int' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'name', type: 'varchar', length: '40' },
          { name: 'source', type: 'varchar', length: '60' },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', ...ts },
          { name: 'updated_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'updated_at', ...ts },
        ],
        indices: [{ name: 'IDX_holiday_year', columnNames: ['year'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'holiday_year',
        columns: [
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'published', type: 'boolean' },
          { name: 'source', type: 'varchar', length: '60' },
          { name: 'published_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'published_at', ...ts, isNullable: true },
          { name: 'created_at', ...ts },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'booking_settings',
        columns: [
          { name: 'hall_code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'horizon_working_days', type: 'int' },
          { name: 'release_time', type: 'varchar', length: '5' },
          { name: 'release_days_before', type: 'int' },
          { name: 'release_day_unit', type: 'varchar', length: '16' },
          { name: 'cancel_cutoff_minutes', type: 'int' },
          { name: 'max_active_bookings', type: 'int' },
          { name: 'no_show_limit', type: 'int' },
          { name: 'no_show_window_days', type: 'int' },
          { name: 'no_show_ban_days', type: 'int' },
          { name: 'updated_at', ...ts },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'schedule_template',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'category_code', type: 'varchar', length: '4' },
          { name: 'weekday', type: 'int' },
          { name: 'start_time', type: 'varchar', length: '5' },
          { name: 'end_time', type: 'varchar', length: '5' },
          { name: 'slot_minutes', type: 'int' },
          { name: 'capacity', type: 'int' },
        ],
        indices: [
          {
            name: 'IDX_schedule_template_hall_category',
            columnNames: ['hall_code', 'category_code'],
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'schedule_exception',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'category_code', type: 'varchar', length: '4', isNullable: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'start_time', type: 'varchar', length: '5', isNullable: true },
          { name: 'end_time', type: 'varchar', length: '5', isNullable: true },
          { name: 'slot_minutes', type: 'int', isNullable: true },
          { name: 'capacity', type: 'int', isNullable: true },
          { name: 'reason', type: 'varchar', length: '100' },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', ...ts },
        ],
        indices: [{ name: 'IDX_schedule_exception_hall_date', columnNames: ['hall_code', 'date'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'appointment_slot',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'category_code', type: 'varchar', length: '4' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'start_time', type: 'varchar', length: '5' },
          { name: 'end_time', type: 'varchar', length: '5' },
          { name: 'capacity', type: 'int' },
          { name: 'booked', type: 'int', default: 0 },
          { name: 'status', type: 'varchar', length: '8', default: "'OPEN'" },
          { name: 'version', type: 'int', default: 0 },
          { name: 'created_at', ...ts },
        ],
        indices: [
          // One row per slot, however many instances materialize the day at once.
          {
            name: 'UQ_appointment_slot_key',
            columnNames: ['hall_code', 'category_code', 'date', 'start_time'],
            isUnique: true,
          },
          { name: 'IDX_appointment_slot_hall_date', columnNames: ['hall_code', 'date'] },
        ],
        // TypeORM's MySQL runner has no CHECK support: added below with plain SQL.
        checks: mysql ? [] : [{ name: SLOT_CHECK, expression: SLOT_CHECK_EXPRESSION }],
      }),
    );
    if (mysql) {
      await runner.query(
        `ALTER TABLE appointment_slot ADD CONSTRAINT ${SLOT_CHECK} CHECK (${SLOT_CHECK_EXPRESSION})`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('appointment_slot');
    await runner.dropTable('schedule_exception');
    await runner.dropTable('schedule_template');
    await runner.dropTable('booking_settings');
    await runner.dropTable('holiday_year');
    await runner.dropTable('holiday');
  }
}
