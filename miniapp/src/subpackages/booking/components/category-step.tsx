import { Text, View } from '@tarojs/components';
import { StateView } from '@/components/state-view';
import type { BookingCategoriesQuery } from '@/gql/graphql';
import type { QueryState } from '@/api/use-graphql-query';
import { bookingStrings as s } from '../strings';
import { Choice, visualOnly } from './choice';

export type Category = BookingCategoriesQuery['bookingCategories'][number];

/** Step 1: the business category (A 综合受理, B 开办企业, …). */
export function CategoryStep({
  query,
  selected,
  onChoose,
  onUnavailable,
}: {
  query: QueryState<BookingCategoriesQuery>;
  selected: string | null;
  onChoose: (category: Category) => void;
  onUnavailable: (category: Category) => void;
}) {
  if (query.loading && !query.data) return <StateView kind="loading" message={s.loading} />;
  if (query.error && !query.data) {
    return (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  }
  const categories = query.data?.bookingCategories ?? [];
  return (
    <View className="section">
      <Text className="bk-intro">{s.categoryIntro}</Text>
      <View className="bk-list">
        {categories.map((category) => (
          <Choice
            key={category.code}
            testId="booking-category"
            data={{ code: category.code }}
            className={`bk-row${selected === category.code ? ' bk-row--selected' : ''}`}
            disabled={!category.bookable}
            label={s.categoryLabel(
              category.code,
              category.name,
              category.zoneName,
              category.description,
              category.bookable,
            )}
            onTap={() => (category.bookable ? onChoose(category) : onUnavailable(category))}
          >
            <View className="bk-row__main">
              <Text
                className="bk-row__title"
                {...visualOnly}
              >{`${category.code} ${category.name}`}</Text>
              <Text className="bk-row__sub" {...visualOnly}>
                {category.zoneName}
              </Text>
              {category.description && (
                <Text className="bk-row__sub" {...visualOnly}>
                  {category.description}
                </Text>
              )}
            </View>
            {!category.bookable && (
              <Text className="bk-row__state" {...visualOnly}>
                {s.categoryNotBookable}
              </Text>
            )}
          </Choice>
        ))}
      </View>
    </View>
  );
}
