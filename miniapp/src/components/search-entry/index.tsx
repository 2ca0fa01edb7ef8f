import { Text, View } from '@tarojs/components';
import { commonStrings } from '@/common/strings';
import { a11y } from '@/utils/a11y';
import './index.scss';

/** A search box that opens the search page when tapped (home page). */
export function SearchEntry({ onOpen }: { onOpen: () => void }) {
  return (
    <View
      className="search-entry"
      data-testid="search-entry"
      onClick={onOpen}
      {...a11y({
        role: 'button',
        label: `搜索。${commonStrings.searchPlaceholder}`,
        onActivate: onOpen,
      })}
    >
      <View className="search-entry__icon" {...a11y({ hidden: true })} />
      <Text className="search-entry__text">{commonStrings.searchPlaceholder}</Text>
    </View>
  );
}
