import { Text, View } from '@tarojs/components';
import { ItemBadge } from '@/components/item-badge';
import { a11y } from '@/utils/a11y';
import { getItemBadges, type BadgeSource } from './badges';
import { hotItemStrings as s } from './strings';
import './index.scss';

export interface HotItem extends BadgeSource {
  code: string;
  name: string;
  departmentName: string;
}

export interface HotItemListProps {
  items: readonly HotItem[];
  onSelect: (item: HotItem) => void;
}

/** Service item rows (name, department, badges). Used by 首页 and 办事. */
export function HotItemList({ items, onSelect }: HotItemListProps) {
  if (items.length === 0) {
    return <Text className="hot-items__empty text-muted">{s.empty}</Text>;
  }
  return (
    <View className="hot-items" data-testid="hot-items" {...a11y({ role: 'list' })}>
      {items.map((item) => {
        const badges = getItemBadges(item);
        return (
          <View key={item.code} className="hot-items__entry" {...a11y({ role: 'listitem' })}>
            <View
              className="hot-item"
              data-testid="hot-item-row"
              data-code={item.code}
              onClick={() => onSelect(item)}
              {...a11y({
                role: 'button',
                onActivate: () => onSelect(item),
                label: s.rowLabel(
                  item.name,
                  item.departmentName,
                  badges.map((b) => b.text).join('，'),
                ),
              })}
            >
              <View className="hot-item__main">
                <Text className="hot-item__name">{item.name}</Text>
                <Text className="hot-item__dept">{item.departmentName}</Text>
                <View className="hot-item__badges">
                  {badges.map((badge) => (
                    <ItemBadge key={badge.kind} badge={badge} />
                  ))}
                </View>
              </View>
              <Text className="hot-item__chevron" {...a11y({ hidden: true })}>
                ›
              </Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}
