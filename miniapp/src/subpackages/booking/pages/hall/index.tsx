import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { addDays, shanghaiDateOf } from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { HallBookingsQuery as HallBookingsData } from '@/gql/graphql';
import { a11y, type A11yProps } from '@/utils/a11y';
import { runMutation } from '@/subpackages/account/run-mutation';
import { BookingCalendarQuery, BookingCategoriesQuery } from '../../calendar.graphql';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/step-header';
import { DISTRICT_HALL_CODE } from '../../hall';
import {
  HallBookingsQuery,
  HallBookingsStaffQuery,
  StaffCheckInMutation,
} from '../../hall.graphql';
import { dayWithWeekday, timeRange } from '../../model/format';
import { hallStrings as s } from './strings';
import '../../booking.scss';
import './index.scss';

type HallBooking = HallBookingsData['hallBookings']['bookings'][number];

const STATUS_TONE: Record<HallBooking['status'], 'active' | 'done' | 'ended' | 'bad'> = {
  BOOKED: 'active',
  CHECKED_IN: 'done',
  COMPLETED: 'done',
  CANCELLED: 'ended',
  NO_SHOW: 'bad',
};

function chipProps(selected: boolean, choose: () => void): A11yProps {
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: 'radio' };
  return {
    role: 'radio',
    'aria-checked': selected ? 'true' : 'false',
    tabIndex: 0,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        choose();
      }
    },
  };
}

/**
 * The hall's today as the BFF sees it (its clock, not the desk computer's): the calendar of the
 * hall's first category answers it.
 */
function useServerToday(hallCode: string, firstCategory: string | undefined): string | null {
  const query = useGraphqlQuery(
    BookingCalendarQuery,
    {
      hallCode,
      categoryCode: firstCategory ?? '',
      from: shanghaiDateOf(new Date()),
      days: 1,
    },
    { pause: !firstCategory, fresh: true, toast: false },
  );
  return query.data?.bookingCalendar.today ?? (query.error ? shanghaiDateOf(new Date()) : null);
}

function CheckInForm({ onCheckedIn }: { onCheckedIn: () => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async () => {
    if (busy) return;
    if (!code.trim()) {
      setResult({ ok: false, text: s.codeEmpty });
      return;
    }
    setBusy(true);
    setResult(null);
    const answer = await runMutation(StaffCheckInMutation, { checkInCode: code.trim() });
    setBusy(false);
    if (!answer.ok) {
      setResult({ ok: false, text: answer.error.message });
      return;
    }
    const booking = answer.data.staffCheckIn;
    setResult({
      ok: true,
      text: s.checkedIn(booking.subjectMaskedName, booking.startTime, booking.categoryName),
    });
    setCode('');
    onCheckedIn();
  };
  return (
    <View className="card" data-testid="hall-check-in">
      <Text className="bk-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.checkInTitle}
      </Text>
      <Text className="bk-note">{s.checkInHint}</Text>
      <Input
        className="bk-input"
        type="text"
        value={code}
        placeholder={s.codePlaceholder}
        placeholderClass="bk-input__placeholder"
        maxlength={20}
        confirmType="done"
        onInput={(e) => setCode(e.detail.value)}
        onConfirm={() => void submit()}
        data-testid="hall-check-in-input"
        {...a11y({ label: s.codeLabel })}
      />
      <ActionButton
        testId="hall-check-in-submit"
        disabled={busy}
        text={busy ? s.checkingIn : s.checkIn}
        onTap={() => void submit()}
      />
      {result && (
        <Notice
          text={result.text}
          tone={result.ok ? 'success' : 'error'}
          testId="hall-check-in-result"
        />
      )}
    </View>
  );
}

function BookingRow({ booking }: { booking: HallBooking }) {
  return (
    <View
      className="bk-hall-row"
      data-testid="hall-booking"
      data-status={booking.status}
      {...a11y({ role: 'listitem' })}
    >
      <View className="bk-appointment__head">
        <Text className="bk-appointment__title">
          {`${timeRange(booking.startTime, booking.endTime)} ${booking.categoryCode} ${booking.categoryName}`}
        </Text>
        <Text
          className={`bk-status bk-status--${STATUS_TONE[booking.status]}`}
          data-testid="hall-booking-status"
        >
          {booking.statusLabel}
        </Text>
      </View>
      <Text className="bk-intro" data-testid="hall-booking-person">
        {`${booking.subjectMaskedName} ${booking.subjectMaskedIdNumber}`}
      </Text>
      {!booking.actedBy.forSelf && <Text className="bk-note">{booking.actedBy.summary}</Text>}
      <Text className="bk-note">{s.codeShown(booking.checkInCode)}</Text>
    </View>
  );
}

/**
 * 预约名单 (hall staff): a day's bookings at the staff member's own hall, per category, names
 * masked; check-in (签到) at the desk with the citizen's check-in code.
 */
function HallBookingsPage() {
  const session = useSession();
  const isStaff = session !== null && session.user.role !== 'CITIZEN';
  const me = useGraphqlQuery(HallBookingsStaffQuery, {}, { pause: !isStaff });
  const hall = me.data?.me?.staff?.hall ?? null;
  const hallCode = hall?.code ?? DISTRICT_HALL_CODE;
  const categories = useGraphqlQuery(
    BookingCategoriesQuery,
    { hallCode },
    { pause: !isStaff || !me.data },
  );
  const firstCategory = categories.data?.bookingCategories[0]?.code;
  const today = useServerToday(hallCode, firstCategory);
  const [date, setDate] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  useEffect(() => {
    if (today && !date) setDate(today);
  }, [today, date]);
  const bookings = useGraphqlQuery(
    HallBookingsQuery,
    { hallCode, date: date ?? '', categoryCode: category },
    { pause: !isStaff || !date, fresh: true, toast: false },
  );

  if (!isStaff) {
    return (
      <PageShell className="booking hall">
        <StateView kind="empty" message={s.staffOnly} />
      </PageShell>
    );
  }

  const day = bookings.data?.hallBookings;
  const list = day?.bookings ?? [];
  const chips = [
    { code: null, label: s.allCategories },
    ...(categories.data?.bookingCategories ?? []).map((c) => ({
      code: c.code,
      label: `${c.code} ${c.name}`,
    })),
  ];

  return (
    <PageShell className="booking hall">
      <View className="section">
        <Text className="bk-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <Text className="bk-note">{hall?.name ?? s.districtHall}</Text>
      </View>
      <View className="section">
        <CheckInForm onCheckedIn={bookings.reload} />
      </View>
      {date && (
        <View className="section">
          <View className="bk-hall-date">
            <ActionButton
              tone="secondary"
              className="bk-hall-date__button"
              testId="hall-previous-day"
              text={s.previousDay}
              onTap={() => setDate(addDays(date, -1))}
            />
            <Text className="bk-hall-date__text" data-testid="hall-date" data-date={date}>
              {date === today ? s.todayLabel(dayWithWeekday(date)) : dayWithWeekday(date)}
            </Text>
            <ActionButton
              tone="secondary"
              className="bk-hall-date__button"
              testId="hall-next-day"
              text={s.nextDay}
              onTap={() => setDate(addDays(date, 1))}
            />
          </View>
          <View
            className="bk-chips"
            {...(process.env.TARO_ENV === 'h5'
              ? { role: 'radiogroup', 'aria-label': s.categoryFilter }
              : {})}
          >
            {chips.map((chip) => {
              const selected = chip.code === category;
              const choose = () => setCategory(chip.code);
              return (
                <View
                  key={chip.code ?? 'all'}
                  className={`bk-chip${selected ? ' bk-chip--selected' : ''}`}
                  data-testid="hall-category"
                  data-code={chip.code ?? ''}
                  onClick={choose}
                  {...chipProps(selected, choose)}
                >
                  <Text>{chip.label}</Text>
                </View>
              );
            })}
          </View>
        </View>
      )}
      <View className="section">
        {bookings.error && !bookings.data ? (
          <StateView
            kind="error"
            message={bookings.error.message}
            actionText={s.retry}
            onAction={bookings.reload}
          />
        ) : !day ? (
          <StateView kind="loading" message={s.loading} />
        ) : (
          <>
            <Text className="bk-range" data-testid="hall-counts">
              {s.counts(day.counts)}
            </Text>
            {list.length === 0 ? (
              <StateView kind="empty" message={s.empty} />
            ) : (
              <View className="card bk-hall-list" {...a11y({ role: 'list' })}>
                {list.map((booking) => (
                  <BookingRow key={booking.id} booking={booking} />
                ))}
              </View>
            )}
          </>
        )}
      </View>
    </PageShell>
  );
}

export default HallBookingsPage;
