import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many subscribe messages of one template the BFF may still send to a citizen: each
 * acceptance in `requestSubscribeMessage` allows one message (WeChat's one-time subscriptions).
 * Incremented by recordSubscription, decremented by one conditional UPDATE before each send.
 */
@Entity('wechat_subscription')
export class WechatSubscriptionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ name: 'template_id', type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int' })
  remaining: number;

  /** Acceptances recorded in all (for statistics). */
  @Column({ name: 'accepted_count', type: 'int' })
  acceptedCount: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
