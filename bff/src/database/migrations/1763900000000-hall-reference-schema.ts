import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/** Service points (district hall, street centres, community stations), zones, windows, business categories. */
export class HallReferenceSchema1763900000000 implements MigrationInterface {
  name = 'HallReferenceSchema1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'service_point',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'parent_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'short_name', type: 'varchar', length: '40' },
          { name: 'address', type: 'varchar', length: '200' },
          { name: 'phone', type: 'varchar', length: '40' },
          { name: 'office_hours', type: 'varchar', length: '200' },
          { name: 'longitude', type: 'decimal', precision: 10, scale: 6 },
          { name: 'latitude', type: 'decimal', precision: 10, scale: 6 },
          { name: 'sort_order', type: 'int', default: 0 },
        ],
      }),
    );
    await runner.createIndex(
      'service_point',
      new TableIndex({ name: 'idx_service_point_kind', columnNames: ['kind'] }),
    );

    await runner.createTable(
      new Table({
        name: 'hall_zone',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'name', type: 'varchar', length: '60' },
          { name: 'floor', type: 'int' },
          { name: 'description', type: 'varchar', length: '300' },
          { name: 'sort_order', type: 'int', default: 0 },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['hall_code'],
            referencedTableName: 'service_point',
            referencedColumnNames: ['code'],
          }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'business_category',
        columns: [
          { name: 'hall_code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'code', type: 'varchar', length: '4', isPrimary: true },
          { name: 'name', type: 'varchar', length: '40' },
          { name: 'description', type: 'varchar', length: '300' },
          { name: 'zone_code', type: 'varchar', length: '32' },
          { name: 'sort_order', type: 'int', default: 0 },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['hall_code'],
            referencedTableName: 'service_point',
            referencedColumnNames: ['code'],
          }),
          new TableForeignKey({
            columnNames: ['zone_code'],
            referencedTableName: 'hall_zone',
            referencedColumnNames: ['code'],
          }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'service_window',
        columns: [
          { name: 'code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'hall_code', type: 'varchar', length: '32' },
          { name: 'zone_code', type: 'varchar', length: '32' },
          { name: 'number', type: 'int' },
          { name: 'label', type: 'varchar', length: '40' },
          { name: 'category_codes', type: 'varchar', length: '100' },
          { name: 'description', type: 'varchar', length: '200' },
        ],
        uniques: [{ name: 'uq_service_window_hall_number', columnNames: ['hall_code', 'number'] }],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['hall_code'],
            referencedTableName: 'service_point',
            referencedColumnNames: ['code'],
          }),
          new TableForeignKey({
            columnNames: ['zone_code'],
            referencedTableName: 'hall_zone',
            referencedColumnNames: ['code'],
          }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('service_window');
    await runner.dropTable('business_category');
    await runner.dropTable('hall_zone');
    await runner.dropTable('service_point');
  }
}
