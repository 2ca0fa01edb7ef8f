import { Text } from '@tarojs/components';
import type { ItemBadge as Badge } from '@/components/hot-item-list/badges';
import './index.scss';

/** One badge of a service item (全程网办, 零跑腿 / 最多跑一次, 即办 / 承诺N个工作日). */
export function ItemBadge({ badge }: { badge: Badge }) {
  return (
    <Text className={`badge badge--${badge.kind}`} data-testid="item-badge">
      {badge.text}
    </Text>
  );
}
