import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One search as it was asked, anonymised: the normalised query and how many hits it had. */
@Entity('search_query_log')
export class SearchQueryLogEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 50 })
  query: string;

  @Column({ name: 'result_count', type: 'int' })
  resultCount: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
