import { Text, View } from '@tarojs/components';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { StateView } from '@/components/state-view';
import type { BookingSlotsQuery } from '@/gql/graphql';
import { BookingSlotsQuery as SlotsDocument } from '../calendar.graphql';
import { DISTRICT_HALL_CODE } from '../hall';
import { dayWithWeekday, timeRange } from '../model/format';
import { bookingStrings as s } from '../strings';
import { Choice, visualOnly } from './choice';
import { ActionButton } from './action-button';

export type Slot = BookingSlotsQuery['bookingSlots']['slots'][number];

function slotState(slot: Slot): string {
  if (slot.state === 'FULL' || slot.remaining <= 0) return s.slotFull;
  return s.remaining(slot.remaining);
}

/**
 * Step 3: the slots of the day with places left; full ones are shown but cannot be chosen, slots
 * that have started are left out. Always from the network: after a refusal (SLOT_FULL) the page
 * comes back here and shows what is left now.
 */
export function SlotStep({
  categoryCode,
  categoryName,
  date,
  onChoose,
  onOtherDay,
}: {
  categoryCode: string;
  categoryName: string;
  date: string;
  onChoose: (slot: Slot) => void;
  onOtherDay: () => void;
}) {
  const query = useGraphqlQuery(
    SlotsDocument,
    { hallCode: DISTRICT_HALL_CODE, categoryCode, date },
    { fresh: true, toast: false },
  );
  if (query.loading && !query.data) return <StateView kind="loading" message={s.loading} />;
  if (query.error && !query.data) {
    return (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.pickOtherDay}
        onAction={onOtherDay}
      />
    );
  }
  const slots = (query.data?.bookingSlots.slots ?? []).filter((slot) => slot.state !== 'STARTED');
  const anyLeft = slots.some((slot) => slot.state === 'AVAILABLE' && slot.remaining > 0);
  return (
    <View className="section" data-testid="booking-slots" data-date={date}>
      <Text className="bk-intro">{s.slotIntro(dayWithWeekday(date), categoryName)}</Text>
      {!anyLeft && <StateView kind="empty" message={s.noSlots} />}
      <View className="bk-slots">
        {slots.map((slot) => {
          const full = slot.state !== 'AVAILABLE' || slot.remaining <= 0;
          const time = timeRange(slot.startTime, slot.endTime);
          const state = slotState(slot);
          return (
            <Choice
              key={slot.id}
              testId="booking-slot"
              data={{ start: slot.startTime, remaining: String(slot.remaining) }}
              className="bk-slot"
              disabled={full}
              label={s.slotLabel(`${time}${slot.evening ? `，${s.slotEvening}` : ''}`, state)}
              onTap={() => {
                if (!full) onChoose(slot);
              }}
            >
              <Text className="bk-slot__time" {...visualOnly}>
                {time}
              </Text>
              <Text
                className={`bk-slot__left${full ? ' bk-slot__left--full' : ''}`}
                data-testid="booking-slot-left"
                {...visualOnly}
              >
                {state}
              </Text>
              {slot.evening && (
                <Text className="bk-slot__tag" {...visualOnly}>
                  {s.slotEvening}
                </Text>
              )}
            </Choice>
          );
        })}
      </View>
      <ActionButton
        tone="secondary"
        testId="booking-other-day"
        text={s.pickOtherDay}
        onTap={onOtherDay}
      />
    </View>
  );
}
