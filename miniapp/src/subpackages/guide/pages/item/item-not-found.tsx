import { Button, Text, View } from '@tarojs/components';
import { openSearch, switchTab } from '@/common/navigation';
import { SearchBox } from '@/components/search-box';
import { a11y } from '@/utils/a11y';
import { itemStrings as s } from './strings';

/** Unknown item code: say so, and offer search and the way back to 办事 (never a blank page). */
export function ItemNotFound({ code }: { code: string }) {
  return (
    <View className="item-missing" data-testid="item-not-found">
      <Text className="item-missing__title" {...a11y({ role: 'heading', level: 1 })}>
        {s.notFound}
      </Text>
      <Text className="item-text">{s.notFoundDetail(code)}</Text>
      <View className="item-missing__search">
        <SearchBox
          onSubmit={(text) => openSearch(text)}
          placeholder={s.notFoundSearch}
          testId="not-found-search"
        />
      </View>
      <Button
        className="item-button item-button--soft item-button--block"
        data-testid="back-to-services"
        onClick={() => switchTab('services')}
      >
        {s.backToServices}
      </Button>
    </View>
  );
}
