import { Text, View } from '@tarojs/components';
import type { QueryState } from '@/api/use-graphql-query';
import { commonStrings } from '@/common/strings';
import { openServiceItem } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { HotItemList, type HotItem } from '@/components/hot-item-list';
import { StateView } from '@/components/state-view';
import type { HomePageQuery } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { homeStrings as s } from './strings';

export interface HotItemsSectionProps {
  query: QueryState<HomePageQuery>;
  title?: string;
  /** Optional client-side filter (办事 page search box). */
  filter?: (item: HotItem) => boolean;
}

/** 热门事项 with freshness, loading and error states. */
export function HotItemsSection({ query, title = s.hotItems, filter }: HotItemsSectionProps) {
  const hot = query.data?.hotServiceItems;
  const items = hot ? (filter ? hot.items.filter(filter) : hot.items) : [];
  return (
    <View className="section">
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {title}
      </Text>
      {query.loading && !hot && <StateView kind="loading" message={commonStrings.loading} />}
      {query.error && !hot && (
        <StateView
          kind="error"
          message={`${s.loadFailed}：${query.error.message}`}
          actionText={commonStrings.retry}
          onAction={query.reload}
        />
      )}
      {hot && (
        <>
          <HotItemList items={items} onSelect={(item) => openServiceItem(item.code)} />
          <FreshnessNote freshness={hot.freshness} />
        </>
      )}
    </View>
  );
}
