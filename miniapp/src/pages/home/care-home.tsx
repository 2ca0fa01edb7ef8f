import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { QueryState } from '@/api/use-graphql-query';
import { callPhone, showComingSoon, switchTab } from '@/common/navigation';
import type { HomePageQuery } from '@/gql/graphql';
import { QUEUE_PATHS } from '@/subpackages/queue/queue-paths';
import { a11y } from '@/utils/a11y';
import { HotItemsSection } from './hot-items-section';
import { homeStrings as s } from './strings';

/** 长辈版 home: four big actions, the hall's contact details and hot items in big type. */
export function CareHome({ query }: { query: QueryState<HomePageQuery> }) {
  const hall = query.data?.mainHall;
  const actions = [
    {
      key: 'ticket',
      title: s.care.ticket,
      hint: s.care.ticketHint,
      // 取号 → a category → 远程取号: a ticket in three taps.
      onTap: () => void Taro.navigateTo({ url: QUEUE_PATHS.take }),
    },
    {
      key: 'booking',
      title: s.care.booking,
      hint: s.care.bookingHint,
      onTap: () => switchTab('visit'),
    },
    { key: 'nav', title: s.care.navigation, hint: s.care.navigationHint, onTap: showComingSoon },
    {
      key: 'phone',
      title: s.care.phone,
      hint: s.care.phoneHint,
      onTap: () => callPhone(hall?.phone),
    },
  ];
  return (
    <>
      <View className="care-actions">
        {actions.map((action) => (
          <View
            key={action.key}
            className={`care-action care-action--${action.key}`}
            data-testid={`care-action-${action.key}`}
            onClick={action.onTap}
            {...a11y({
              role: 'button',
              label: `${action.title}，${action.hint}`,
              onActivate: action.onTap,
            })}
          >
            <Text className="care-action__title">{action.title}</Text>
            <Text className="care-action__hint">{action.hint}</Text>
          </View>
        ))}
      </View>
      {hall && (
        <View className="section">
          <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
            {s.care.hallInfo}
          </Text>
          <View className="card care-hall">
            <Text className="care-hall__line">{s.care.address(hall.address)}</Text>
            <Text className="care-hall__line">{s.care.hours(hall.officeHours)}</Text>
            <Text className="care-hall__line">{s.care.phoneNumber(hall.phone)}</Text>
          </View>
        </View>
      )}
      <HotItemsSection query={query} />
    </>
  );
}
