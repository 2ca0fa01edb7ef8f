import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Search: the anonymised query log (what was searched and how many results it had — no user,
 * no IP address) and, beside item views, how often a search led to an item, for 热门事项.
 */
export class SearchQueryLog1763900100000 implements MigrationInterface {
  name = 'SearchQueryLog1763900100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'search_query_log',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'query', type: 'varchar', length: '50' },
          { name: 'result_count', type: 'int' },
          { name: 'created_at', ...timestampType(runner) },
        ],
        indices: [{ name: 'idx_search_query_log_created_at', columnNames: ['created_at'] }],
      }),
    );
    await runner.addColumn(
      'service_item_view_stat',
      new TableColumn({ name: 'searches', type: 'int', default: 0 }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('service_item_view_stat', 'searches');
    await runner.dropTable('search_query_log');
  }
}
