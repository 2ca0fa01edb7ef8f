import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Real-name profiles (实名) and family members (代办). Names, ID numbers and phones are stored
 * only encrypted (`*_enc`, AES-256-GCM) with keyed blind indexes (`*_hash`) for lookups by value.
 */
export class ProfilesAndFamily1763900400000 implements MigrationInterface {
  name = 'ProfilesAndFamily1763900400000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: 'citizen_profile',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name_enc', type: 'varchar', length: '512' },
          { name: 'id_number_enc', type: 'varchar', length: '512' },
          { name: 'id_number_hash', type: 'varchar', length: '64' },
          { name: 'birth_date', type: 'varchar', length: '10' },
          { name: 'phone_enc', type: 'varchar', length: '512', isNullable: true },
          { name: 'phone_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'phone_verified_at', ...ts, isNullable: true },
          { name: 'updated_at', ...ts },
        ],
        indices: [
          // One account per real person.
          {
            name: 'UQ_citizen_profile_id_number_hash',
            columnNames: ['id_number_hash'],
            isUnique: true,
          },
          { name: 'IDX_citizen_profile_phone_hash', columnNames: ['phone_hash'] },
        ],
        foreignKeys: [
          {
            name: 'FK_citizen_profile_user',
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'family_member',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_user_id', type: 'varchar', length: '36' },
          { name: 'name_enc', type: 'varchar', length: '512' },
          { name: 'id_number_enc', type: 'varchar', length: '512' },
          { name: 'id_number_hash', type: 'varchar', length: '64' },
          { name: 'phone_enc', type: 'varchar', length: '512', isNullable: true },
          { name: 'relation', type: 'varchar', length: '16' },
          { name: 'created_at', ...ts },
        ],
        indices: [
          {
            name: 'UQ_family_member_owner_id_number',
            columnNames: ['owner_user_id', 'id_number_hash'],
            isUnique: true,
          },
          { name: 'IDX_family_member_id_number_hash', columnNames: ['id_number_hash'] },
        ],
        foreignKeys: [
          {
            name: 'FK_family_member_owner',
            columnNames: ['owner_user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('family_member');
    await runner.dropTable('citizen_profile');
  }
}
