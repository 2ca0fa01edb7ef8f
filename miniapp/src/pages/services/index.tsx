import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HotItem } from '@/components/hot-item-list';
import { PageShell } from '@/components/page-shell';
import { HotItemsSection } from '@/pages/home/hot-items-section';
import { useHomeData } from '@/pages/home/use-home-data';
import { a11y } from '@/utils/a11y';
import { servicesStrings as s } from './strings';
import './index.scss';

function ServicesPage() {
  const query = useHomeData();
  const [keyword, setKeyword] = useState('');
  const trimmed = keyword.trim();
  const filter = trimmed
    ? (item: HotItem) => item.name.includes(trimmed) || item.departmentName.includes(trimmed)
    : undefined;
  const matches = filter ? (query.data?.hotServiceItems.items.filter(filter).length ?? 0) : 1;

  return (
    <PageShell className="services">
      <View className="services-search">
        <Text className="services-search__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <View className="services-search__row">
          <Input
            className="services-search__input"
            value={keyword}
            placeholder={s.searchPlaceholder}
            confirmType="search"
            onInput={(e) => setKeyword(e.detail.value)}
            data-testid="services-search-input"
            {...a11y({ label: s.searchLabel })}
          />
          {keyword && (
            <Button className="services-search__clear" onClick={() => setKeyword('')}>
              {s.clear}
            </Button>
          )}
        </View>
      </View>
      <HotItemsSection
        query={query}
        title={trimmed ? s.filtered(trimmed) : s.hotItems}
        filter={filter}
      />
      {query.data && matches === 0 && <Text className="services__no-match">{s.noMatch}</Text>}
    </PageShell>
  );
}

export default ServicesPage;
