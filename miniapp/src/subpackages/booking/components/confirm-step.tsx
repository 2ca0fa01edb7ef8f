import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { openChecklist } from '@/common/navigation';
import type { AppointmentFieldsFragment } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { runMutation } from '@/subpackages/account/run-mutation';
import { BookAppointmentMutation, MyBookingStatusQuery } from '../appointments.graphql';
import type { BookingOrigin } from '../booking-paths';
import type { Template } from '../handoff';
import type { AttemptKeys } from '../model/attempt-key';
import { dayWithWeekday, timeRange } from '../model/format';
import { refusalRoute, type BookingStep } from '../model/refusal';
import { bookingStrings as s } from '../strings';
import type { Category } from './category-step';
import { personKey, personText, type Person } from './person-step';
import type { Slot } from './slot-step';
import { ActionButton } from './action-button';
import { Fact } from './fact';
import { Notice } from './step-header';

/**
 * Step 5: the summary, what to bring, and 确认预约. Each attempt sends its idempotency key (see
 * AttemptKeys): a retry after a network error sends the same one, so a lost answer never books
 * twice; a refusal is shown where it belongs (a full slot → back to the slots, refreshed).
 */
export function ConfirmStep({
  category,
  date,
  slot,
  person,
  origin,
  keys,
  onBooked,
  onRefused,
}: {
  category: Category;
  date: string;
  slot: Slot;
  person: Person;
  origin: BookingOrigin | null;
  keys: AttemptKeys;
  onBooked: (appointment: AppointmentFieldsFragment, templates: Template[]) => void;
  onRefused: (step: BookingStep, message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const familyMemberId = person.kind === 'FAMILY' ? person.id : null;
  const status = useGraphqlQuery(
    MyBookingStatusQuery,
    { familyMemberId },
    { fresh: true, toast: false },
  );
  const refusal =
    status.data && !status.data.myBookingStatus.canBook ? status.data.myBookingStatus.reason : null;

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    const idempotencyKey = keys.keyFor(`${slot.id}|${personKey(person)}`);
    const result = await runMutation(BookAppointmentMutation, {
      input: { slotId: slot.id, familyMemberId, categoryCode: category.code, idempotencyKey },
    });
    setBusy(false);
    if (result.ok) {
      keys.answered();
      const { appointment, reminderTemplates } = result.data.bookAppointment;
      onBooked(appointment, reminderTemplates);
      return;
    }
    const route = refusalRoute(result.error);
    if (route.newAttempt) keys.answered();
    if (route.step === 'confirm') {
      setNotice(
        route.newAttempt ? result.error.message : `${result.error.message}。${s.retryHint}`,
      );
    } else {
      onRefused(route.step, result.error.message);
    }
  };

  return (
    <View className="section" data-testid="booking-confirm">
      <View className="card">
        <Text className="bk-card-title" {...a11y({ role: 'heading', level: 2 })}>
          {s.summaryTitle}
        </Text>
        <View className="bk-facts">
          <Fact
            label={s.category}
            value={`${category.code} ${category.name}`}
            testId="booking-summary-category"
          />
          <Fact label={s.zone} value={category.zoneName} />
          <Fact label={s.date} value={dayWithWeekday(date)} testId="booking-summary-date" />
          <Fact
            label={s.time}
            value={timeRange(slot.startTime, slot.endTime)}
            testId="booking-summary-time"
          />
          <Fact label={s.person} value={personText(person)} testId="booking-summary-person" />
          {origin && <Fact label={s.subject} value={origin.name} />}
        </View>
      </View>

      <View className="card bk-bring">
        <Text className="bk-card-title" {...a11y({ role: 'heading', level: 2 })}>
          {s.bring}
        </Text>
        <Text className="bk-intro">
          {person.kind === 'FAMILY' ? s.bringFamily : s.bringGeneral}
        </Text>
        {origin ? (
          <View
            className="bk-link"
            data-testid="booking-checklist-link"
            onClick={() => openChecklist(origin.kind, origin.code)}
            // Named by its text (对照材料清单自查 …); the item is in the summary above.
            {...a11y({ role: 'button', onActivate: () => openChecklist(origin.kind, origin.code) })}
          >
            <Text className="bk-link__text">{s.bringChecklist}</Text>
            <Text className="bk-link__hint">{s.bringChecklistHint}</Text>
          </View>
        ) : (
          <Text className="bk-note">{s.bringFromServices}</Text>
        )}
        <Text className="bk-note bk-rules">{s.rules}</Text>
      </View>

      {refusal && <Notice text={refusal} testId="booking-status-refusal" />}
      {notice && <Notice text={notice} />}
      <ActionButton
        testId="booking-submit"
        disabled={busy || refusal !== null}
        text={busy ? s.booking : s.confirm}
        onTap={() => void submit()}
      />
    </View>
  );
}
