import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { openSearch, openServiceItem } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { HotItemList } from '@/components/hot-item-list';
import { PageShell } from '@/components/page-shell';
import { SearchBox } from '@/components/search-box';
import { StateView } from '@/components/state-view';
import type { Audience, ServiceItemFilter } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { browseStrings as s } from './strings';
import { useBrowse } from './use-browse';
import './index.scss';

function param(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function toAudience(raw: string | undefined): Audience | undefined {
  return raw === 'INDIVIDUAL' || raw === 'LEGAL_PERSON' ? raw : undefined;
}

/** 事项列表 for one department, audience, topic or life event, with 加载更多. */
function BrowsePage() {
  const { params } = useRouter();
  const filter = useMemo<ServiceItemFilter>(
    () => ({
      departmentCode: param(params.dept),
      audience: toAudience(params.audience),
      topic: param(params.topic),
      lifeEvent: param(params.lifeEvent),
    }),
    [params.dept, params.audience, params.topic, params.lifeEvent],
  );
  const title = param(params.title) ?? s.allItems;
  const browse = useBrowse(filter);

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title });
  }, [title]);

  const firstLoad = browse.loading && browse.items.length === 0;
  return (
    <PageShell className="browse">
      <View className="browse-head">
        <Text className="browse-head__title" {...a11y({ role: 'heading', level: 1 })}>
          {title}
        </Text>
        {browse.items.length > 0 && (
          <Text className="browse-head__count" data-testid="browse-total">
            {s.total(browse.totalCount)}
          </Text>
        )}
        <View className="browse-head__search">
          <SearchBox
            onSubmit={(text) => openSearch(text)}
            placeholder={s.searchPlaceholder}
            testId="browse-search"
          />
        </View>
      </View>

      <View className="section">
        {firstLoad && <StateView kind="loading" message={s.loading} />}
        {browse.error && browse.items.length === 0 && (
          <StateView
            kind="error"
            message={s.loadFailed(browse.error.message)}
            actionText={s.retry}
            onAction={browse.reload}
          />
        )}
        {!browse.loading && !browse.error && browse.items.length === 0 && (
          <StateView kind="empty" message={s.empty} />
        )}
        {browse.items.length > 0 && (
          <>
            <HotItemList items={browse.items} onSelect={(item) => openServiceItem(item.code)} />
            <Text className="browse__shown" {...a11y({ role: 'status' })}>
              {browse.hasMore ? s.shownOf(browse.items.length, browse.totalCount) : s.end}
            </Text>
            {browse.hasMore && (
              <Button
                className="browse__more"
                data-testid="browse-load-more"
                disabled={browse.loading}
                onClick={browse.loadMore}
              >
                {browse.loading ? s.loadingMore : s.loadMore}
              </Button>
            )}
            {browse.error && <Text className="browse__error">{browse.error.message}</Text>}
          </>
        )}
        {browse.freshness && <FreshnessNote freshness={browse.freshness} />}
      </View>
    </PageShell>
  );
}

export default BrowsePage;
