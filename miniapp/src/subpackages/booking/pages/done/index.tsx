import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { AppointmentFieldsFragment } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { runMutation } from '@/subpackages/account/run-mutation';
import { AppointmentQuery, RecordSubscriptionMutation } from '../../appointments.graphql';
import { BOOKING_PATHS } from '../../booking-paths';
import { ActionButton } from '../../components/action-button';
import { CheckInCode } from '../../components/check-in-code';
import { Fact } from '../../components/fact';
import { Notice } from '../../components/step-header';
import { takeOver, type Template } from '../../handoff';
import { fullDay, instantText, timeRange } from '../../model/format';
import { acceptedTemplateIds, MAX_TEMPLATES_PER_REQUEST } from '../../model/subscribe';
import { bookingStrings as s } from '../../strings';
import '../../booking.scss';
import './index.scss';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

type SubscribeState = 'idle' | 'asking' | 'accepted' | 'rejected' | 'failed' | 'h5';

/**
 * 预约提醒: WeChat's one-time subscribe messages must be asked for from a tap, at most 3
 * templates at once; the answer is recorded with the BFF (each acceptance allows one message).
 * H5 has no subscribe messages: the button says so and records nothing.
 */
function SubscribeCard({ templates }: { templates: Template[] }) {
  const [state, setState] = useState<SubscribeState>('idle');
  const [accepted, setAccepted] = useState(0);
  if (templates.length === 0) {
    return <Text className="bk-note">{s.subscribeNone}</Text>;
  }
  const ask = () => {
    if (!IS_WEAPP) {
      setState('h5');
      return;
    }
    if (state === 'asking') return;
    setState('asking');
    const ids = templates.slice(0, MAX_TEMPLATES_PER_REQUEST).map((t) => t.templateId);
    // Called straight from the tap, as WeChat requires.
    Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option)
      .then(async (answer) => {
        const yes = acceptedTemplateIds(answer as unknown as Record<string, unknown>, ids);
        const recorded = await runMutation(RecordSubscriptionMutation, {
          templateIds: ids,
          accepted: yes,
        });
        setAccepted(yes.length);
        setState(!recorded.ok ? 'failed' : yes.length > 0 ? 'accepted' : 'rejected');
      })
      .catch(() => setState('failed'));
  };
  const message =
    state === 'h5'
      ? s.subscribeH5
      : state === 'accepted'
        ? s.subscribeAccepted(accepted)
        : state === 'rejected'
          ? s.subscribeRejected
          : state === 'failed'
            ? s.subscribeFailed
            : null;
  return (
    <View data-testid="booking-subscribe">
      <Text className="bk-note">{s.subscribeHint}</Text>
      {templates.slice(0, MAX_TEMPLATES_PER_REQUEST).map((t) => (
        <Text key={t.templateId} className="bk-note">
          {`· ${t.title}`}
        </Text>
      ))}
      <ActionButton
        testId="booking-subscribe-button"
        disabled={state === 'asking'}
        text={s.subscribe}
        onTap={ask}
      />
      {message && <Notice text={message} tone="info" testId="booking-subscribe-note" />}
    </View>
  );
}

function Done({
  appointment,
  templates,
}: {
  appointment: AppointmentFieldsFragment;
  templates: Template[];
}) {
  return (
    <>
      <View className="section">
        <Text className="bk-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.doneTitle}
        </Text>
        <Text className="bk-intro">{s.doneIntro}</Text>
      </View>
      <View className="section">
        <View className="card" data-testid="booking-done">
          <View className="bk-facts">
            <Fact
              label={s.category}
              value={`${appointment.categoryCode} ${appointment.categoryName}`}
            />
            <Fact label={s.date} value={fullDay(appointment.date)} testId="booking-done-date" />
            <Fact
              label={s.time}
              value={timeRange(appointment.startTime, appointment.endTime)}
              testId="booking-done-time"
            />
            <Fact label={s.zone} value={appointment.zoneName} testId="booking-done-zone" />
            <Fact label={s.hall} value={appointment.hallName} />
            <Fact
              label={s.actedBy}
              value={appointment.actedBy.summary}
              testId="booking-done-acted-by"
            />
          </View>
          {appointment.checkInCode && (
            <CheckInCode
              code={appointment.checkInCode}
              window={s.checkInWindow(
                instantText(appointment.checkInOpensAt),
                instantText(appointment.checkInClosesAt, appointment.date),
              )}
            />
          )}
          <Text className="bk-note bk-deadline">
            {s.cancelBefore(instantText(appointment.cancelDeadline))}
          </Text>
        </View>
      </View>
      <View className="section">
        <View className="card">
          <Text className="bk-card-title" {...a11y({ role: 'heading', level: 2 })}>
            {s.subscribe}
          </Text>
          <SubscribeCard templates={templates} />
        </View>
      </View>
      <View className="section">
        <ActionButton
          tone="secondary"
          testId="booking-to-mine"
          text={s.toMine}
          onTap={() => void Taro.redirectTo({ url: BOOKING_PATHS.mine })}
        />
        <ActionButton tone="secondary" text={s.toHome} onTap={() => switchTab('home')} />
      </View>
    </>
  );
}

/** 预约成功: when and where, the check-in code, and the reminder subscription. */
function DonePage() {
  const router = useRouter();
  const id = router.params.id ?? '';
  const session = useSession();
  const [handed] = useState(() => takeOver(id));
  const query = useGraphqlQuery(AppointmentQuery, { id }, { pause: !!handed || !session || !id });
  const appointment = handed?.appointment ?? query.data?.appointment;
  const templates = handed?.templates ?? query.data?.subscribeTemplates ?? [];

  let body;
  if (appointment) body = <Done appointment={appointment} templates={templates} />;
  else if (query.loading) body = <StateView kind="loading" message={s.loading} />;
  else {
    body = (
      <StateView
        kind="error"
        message={query.error?.message ?? s.doneNotFound}
        actionText={s.toMine}
        onAction={() => void Taro.redirectTo({ url: BOOKING_PATHS.mine })}
      />
    );
  }
  return <PageShell className="booking done">{body}</PageShell>;
}

export default DonePage;
