import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Family links confirmed by the member (代办 needs the consent of a member who has an account) and
 * citizens' postal addresses (政务专递), stored only encrypted.
 *
 * `family_member.link_status` is PENDING / CONFIRMED / DECLINED / REVOKED / NO_ACCOUNT (see
 * `@shizhong/domain` family-link); `linked_user_id` is the member's own account, when they have
 * one. Members added before this migration whose ID number belongs to a registered citizen are
 * asked (PENDING): nobody is acted for without consent because of an upgrade.
 */
export class FamilyLinksAndAddresses1763900600000 implements MigrationInterface {
  name = 'FamilyLinksAndAddresses1763900600000';

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.addColumns('family_member', [
      new TableColumn({
        name: 'link_status',
        type: 'varchar',
        length: '16',
        default: "'NO_ACCOUNT'",
      }),
      new TableColumn({ name: 'linked_user_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'link_responded_at', ...ts, isNullable: true }),
      new TableColumn({ name: 'link_revoked_at', ...ts, isNullable: true }),
    ]);
    await runner.createIndex(
      'family_member',
      new TableIndex({ name: 'IDX_family_member_linked_user', columnNames: ['linked_user_id'] }),
    );
    await runner.createForeignKey(
      'family_member',
      new TableForeignKey({
        name: 'FK_family_member_linked_user',
        columnNames: ['linked_user_id'],
        referencedTableName: 'app_user',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
    await runner.query(
      `UPDATE family_member
          SET link_status = 'PENDING',
              linked_user_id = (SELECT p.user_id FROM citizen_profile p
                                 WHERE p.id_number_hash = family_member.id_number_hash)
        WHERE EXISTS (SELECT 1 FROM citizen_profile p
                       WHERE p.id_number_hash = family_member.id_number_hash)`,
    );

    await runner.createTable(
      new Table({
        name: 'citizen_address',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_enc', type: 'varchar', length: '512' },
          { name: 'detail_enc', type: 'varchar', length: '512' },
          { name: 'updated_at', ...ts },
        ],
        foreignKeys: [
          {
            name: 'FK_citizen_address_profile',
            columnNames: ['user_id'],
            referencedTableName: 'citizen_profile',
            referencedColumnNames: ['user_id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('citizen_address');
    await runner.dropForeignKey('family_member', 'FK_family_member_linked_user');
    await runner.dropIndex('family_member', 'IDX_family_member_linked_user');
    await runner.dropColumns('family_member', [
      'link_revoked_at',
      'link_responded_at',
      'linked_user_id',
      'link_status',
    ]);
  }
}
