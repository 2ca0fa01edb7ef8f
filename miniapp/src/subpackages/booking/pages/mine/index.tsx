import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { getClient } from '@/api/client';
import { toUserFacingError } from '@/api/errors';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { confirmDanger } from '@/common/confirm';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { ScanCodeEntry } from '@/components/scan-code-entry';
import { StateView } from '@/components/state-view';
import type {
  AppointmentFieldsFragment,
  AppointmentScope,
  MyAppointmentsQuery as MyAppointmentsData,
} from '@/gql/graphql';
import { scanCode } from '@/services/scan-code';
import { a11y, type A11yProps } from '@/utils/a11y';
import { runMutation } from '@/subpackages/account/run-mutation';
import {
  CancelAppointmentMutation,
  CheckInAppointmentMutation,
  MyAppointmentsQuery,
  MyBookingStatusQuery,
} from '../../appointments.graphql';
import { BOOKING_PATHS } from '../../booking-paths';
import { ActionButton } from '../../components/action-button';
import { CheckInCode } from '../../components/check-in-code';
import { Fact } from '../../components/fact';
import { Notice } from '../../components/step-header';
import { readCheckInScan } from '../../model/check-in-scan';
import { dayWithWeekday, instantText, timeRange } from '../../model/format';
import { bookingStrings as s } from '../../strings';
import '../../booking.scss';
import './index.scss';

type Appointment = AppointmentFieldsFragment;
const PAGE_SIZE = 20;
const STATUS_TONE: Record<Appointment['status'], 'active' | 'done' | 'ended' | 'bad'> = {
  BOOKED: 'active',
  CHECKED_IN: 'done',
  COMPLETED: 'done',
  CANCELLED: 'ended',
  NO_SHOW: 'bad',
};

function tabProps(selected: boolean, choose: () => void): A11yProps {
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: 'tab' };
  return {
    role: 'tab',
    'aria-selected': selected ? 'true' : 'false',
    tabIndex: 0,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        choose();
      }
    },
  };
}

/** Why a booking cannot be cancelled (shown under the disabled button). */
function cancelReason(appointment: Appointment): string {
  if (!appointment.bookedByMe) return s.cancelNotMine;
  return s.cancelTooLate(instantText(appointment.cancelDeadline));
}

function AppointmentCard({
  appointment,
  onChanged,
}: {
  appointment: Appointment;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checkingIn, setCheckingIn] = useState(false);
  const [checkInError, setCheckInError] = useState<string | null>(null);
  const when = `${dayWithWeekday(appointment.date)} ${timeRange(appointment.startTime, appointment.endTime)}`;
  const what = `${when} ${appointment.categoryName}`;
  const booked = appointment.status === 'BOOKED';

  const cancel = async () => {
    if (busy) return;
    const confirmed = await confirmDanger({
      title: s.cancelTitle,
      content: s.cancelContent(what),
      confirmText: s.cancelConfirm,
      cancelText: s.cancelKeep,
    });
    if (!confirmed) return;
    setBusy(true);
    setError(null);
    const result = await runMutation(CancelAppointmentMutation, { id: appointment.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    void Taro.showToast({ title: s.cancelled, icon: 'none' });
    onChanged();
  };

  /** 扫码签到: the hall's QR code (H5: its text, entered) → checkInAppointment for this one. */
  const scanToCheckIn = async () => {
    if (checkingIn) return;
    setCheckInError(null);
    let content: string | null;
    try {
      content = await scanCode({ title: s.scanTitle, hint: s.scanHint });
    } catch (failure) {
      setCheckInError(failure instanceof Error ? failure.message : s.notCheckInCode);
      return;
    }
    if (content === null) return;
    const scan = readCheckInScan(content);
    if (!scan.ok) {
      setCheckInError(scan.message);
      return;
    }
    setCheckingIn(true);
    const result = await runMutation(CheckInAppointmentMutation, {
      hallCode: scan.hallCode,
      qrToken: scan.token,
      appointmentId: appointment.id,
    });
    setCheckingIn(false);
    if (!result.ok) {
      setCheckInError(result.error.message);
      return;
    }
    void Taro.showToast({ title: s.checkedIn, icon: 'success' });
    onChanged();
  };

  return (
    <View
      className="card bk-appointment"
      data-testid="appointment"
      data-id={appointment.id}
      data-status={appointment.status}
      {...a11y({ role: 'listitem' })}
    >
      <View className="bk-appointment__head">
        <Text className="bk-appointment__title" {...a11y({ role: 'heading', level: 2 })}>
          {`${appointment.categoryCode} ${appointment.categoryName}`}
        </Text>
        <Text
          className={`bk-status bk-status--${STATUS_TONE[appointment.status]}`}
          data-testid="appointment-status"
        >
          {appointment.statusLabel}
        </Text>
      </View>
      <View className="bk-facts">
        <Fact label={s.date} value={dayWithWeekday(appointment.date)} testId="appointment-date" />
        <Fact
          label={s.time}
          value={timeRange(appointment.startTime, appointment.endTime)}
          testId="appointment-time"
        />
        <Fact label={s.zone} value={appointment.zoneName} />
        <Fact label={s.actedBy} value={appointment.actedBy.summary} testId="appointment-acted-by" />
      </View>
      {booked && appointment.canCheckIn && (
        <>
          <Notice text={s.checkInNow} tone="info" testId="appointment-check-in-now" />
          <ActionButton
            testId="appointment-scan-check-in"
            disabled={checkingIn}
            text={checkingIn ? s.checkingIn : s.scanCheckIn}
            label={s.scanCheckInLabel(what)}
            onTap={() => void scanToCheckIn()}
          />
          {checkInError && <Notice text={checkInError} testId="appointment-check-in-error" />}
        </>
      )}
      {booked && appointment.canCheckIn && appointment.checkInCode && (
        <CheckInCode
          code={appointment.checkInCode}
          window={s.checkInWindow(
            instantText(appointment.checkInOpensAt),
            instantText(appointment.checkInClosesAt, appointment.date),
          )}
        />
      )}
      {booked && !appointment.canCheckIn && (
        <View className="bk-facts">
          <Fact
            label={s.checkInTime}
            value={`${instantText(appointment.checkInOpensAt)}—${instantText(appointment.checkInClosesAt, appointment.date)}`}
            testId="appointment-check-in-window"
          />
        </View>
      )}
      {booked && (
        <>
          <ActionButton
            tone="danger"
            testId="appointment-cancel"
            disabled={busy || !appointment.canCancel}
            text={s.cancel}
            label={s.cancelLabel(what)}
            onTap={() => void cancel()}
          />
          {!appointment.canCancel && (
            <Text className="bk-note" data-testid="appointment-cancel-reason">
              {cancelReason(appointment)}
            </Text>
          )}
        </>
      )}
      {error && <Notice text={error} testId="appointment-error" />}
    </View>
  );
}

function BookingStatusNotice() {
  const status = useGraphqlQuery(
    MyBookingStatusQuery,
    { familyMemberId: null },
    { fresh: true, toast: false },
  );
  const data = status.data?.myBookingStatus;
  if (!data || data.canBook) return null;
  return (
    <View className="section">
      <View className="card bk-ban" data-testid="booking-ban" {...a11y({ role: 'status' })}>
        <Text className="bk-card-title">{data.banned ? s.bannedTitle : s.cannotBook}</Text>
        {data.reason && <Text className="bk-intro">{data.reason}</Text>}
        {data.banned && data.bannedUntil && (
          <Text className="bk-intro" data-testid="booking-ban-until">
            {s.bannedUntil(instantText(data.bannedUntil))}
          </Text>
        )}
        {!data.banned && (
          <Text className="bk-note">{s.limitNote(data.activeCount, data.activeLimit)}</Text>
        )}
      </View>
    </View>
  );
}

function AppointmentList({ scope, refreshKey }: { scope: AppointmentScope; refreshKey: number }) {
  const query = useGraphqlQuery(
    MyAppointmentsQuery,
    { scope, limit: PAGE_SIZE, offset: 0 },
    { fresh: true },
  );
  const [more, setMore] = useState<Appointment[]>([]);
  const [done, setDone] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { reload } = query;

  useEffect(() => {
    setMore([]);
    setDone(false);
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  if (query.loading && !query.data) return <StateView kind="loading" message={s.loading} />;
  if (query.error && !query.data) {
    return (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={reload}
      />
    );
  }
  const first = query.data?.myAppointments ?? [];
  const items = [...first, ...more];
  const mayHaveMore = !done && first.length === PAGE_SIZE && more.length % PAGE_SIZE === 0;

  const loadMore = async () => {
    if (loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    const result = await getClient()
      .query<MyAppointmentsData>(
        MyAppointmentsQuery.toString(),
        { scope, limit: PAGE_SIZE, offset: items.length },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setLoadingMore(false);
    if (!result.data) {
      setMoreError(toUserFacingError(result.error).message);
      return;
    }
    const page = result.data.myAppointments;
    setMore((m) => [...m, ...page]);
    if (page.length < PAGE_SIZE) setDone(true);
  };

  if (items.length === 0) {
    return (
      <View className="section" data-testid="appointments-empty">
        <StateView kind="empty" message={scope === 'UPCOMING' ? s.emptyUpcoming : s.emptyPast} />
      </View>
    );
  }
  return (
    <View
      className="section bk-appointments"
      data-testid="appointments"
      {...a11y({ role: 'list' })}
    >
      {items.map((appointment) => (
        <AppointmentCard key={appointment.id} appointment={appointment} onChanged={reload} />
      ))}
      {mayHaveMore && (
        <ActionButton
          tone="secondary"
          testId="appointments-more"
          disabled={loadingMore}
          text={loadingMore ? s.loading : s.loadMore}
          onTap={() => void loadMore()}
        />
      )}
      {moreError && <Notice text={moreError} />}
    </View>
  );
}

/** 我的预约: upcoming and past appointments (mine and the ones booked for me by family). */
function MyAppointmentsPage() {
  const session = useSession();
  const [scope, setScope] = useState<AppointmentScope>('UPCOMING');
  const [shown, setShown] = useState(0);
  const hidden = useRef(false);
  // Back from a booking or from another tab (the check-in window may have opened): ask again.
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    setShown((n) => n + 1);
  });
  const signedIn = session !== null && session.user.role === 'CITIZEN';

  if (!signedIn) {
    return (
      <PageShell className="booking mine">
        <StateView
          kind="empty"
          message={s.loginToSee}
          actionText={s.toLogin}
          onAction={() => switchTab('me')}
        />
      </PageShell>
    );
  }

  const tabs: { scope: AppointmentScope; label: string }[] = [
    { scope: 'UPCOMING', label: s.upcoming },
    { scope: 'PAST', label: s.past },
  ];
  return (
    <PageShell className="booking mine">
      <View className="section">
        <Text className="bk-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.mineTitle}
        </Text>
      </View>
      <BookingStatusNotice key={`status-${shown}`} />
      <View className="section">
        <View className="bk-tabs" {...(process.env.TARO_ENV === 'h5' ? { role: 'tablist' } : {})}>
          {tabs.map((tab) => {
            const selected = tab.scope === scope;
            const choose = () => setScope(tab.scope);
            return (
              <View
                key={tab.scope}
                className={`bk-tab${selected ? ' bk-tab--selected' : ''}`}
                data-testid={`appointments-tab-${tab.scope.toLowerCase()}`}
                onClick={choose}
                {...tabProps(selected, choose)}
              >
                <Text>{tab.label}</Text>
              </View>
            );
          })}
        </View>
      </View>
      <AppointmentList key={scope} scope={scope} refreshKey={shown} />
      <View className="section">
        <ActionButton
          testId="appointments-book"
          text={s.bookNew}
          onTap={() => void Taro.navigateTo({ url: BOOKING_PATHS.book })}
        />
      </View>
      <ScanCodeEntry />
    </PageShell>
  );
}

export default MyAppointmentsPage;
