import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { isElderlyPriority, parseScannedCode } from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { ScanCodeEntry } from '@/components/scan-code-entry';
import { StateView } from '@/components/state-view';
import type {
  QueueCategoryFieldsFragment,
  TakeQueueTicketInput,
  QueueTicketFieldsFragment,
} from '@/gql/graphql';
import { scanCode, ScanCodeError } from '@/services/scan-code';
import { ACCOUNT_PATHS } from '@/subpackages/account/account-paths';
import { runMutation } from '@/subpackages/account/run-mutation';
import { Choice, visualOnly } from '@/subpackages/booking/components/choice';
import { DISTRICT_HALL_CODE } from '@/subpackages/booking/hall';
import { AttemptKeys } from '@/subpackages/booking/model/attempt-key';
import { a11y } from '@/utils/a11y';
import { TakePanel, type TakeBusy, type TakeNotice } from '../../components/take-panel';
import { useLiveUpdates } from '../../live';
import { categoryRows, openStateLine, type CategoryRow } from '../../model/category-view';
import {
  locationFailure,
  locationFailureText,
  queueKey,
  takeAttempt,
  takeRefusal,
  type TakeMethod,
} from '../../model/take';
import { isActiveTicket, ticketView } from '../../model/ticket-view';
import {
  QueueAccountQuery,
  QueueTakeBoardSubscription,
  QueueTakeQuery,
  TakeQueueTicketMutation,
} from '../../queue.graphql';
import { ticketUrl } from '../../queue-paths';
import { queueStrings as s } from '../../strings';
import '../../../booking/booking.scss';
import '../../queue.scss';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

function param(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function errMsgOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null) {
    if ('errMsg' in error) return String((error as { errMsg: unknown }).errMsg);
    if ('message' in error) return String((error as { message: unknown }).message);
  }
  return undefined;
}

/** The citizen's position, once, for a remote take (WeChat: GCJ-02 like the hall; H5: WGS-84). */
async function locate(): Promise<{ latitude: number; longitude: number }> {
  const { latitude, longitude } = await Taro.getLocation({ type: IS_H5 ? 'wgs84' : 'gcj02' });
  return { latitude, longitude };
}

/** Brings the 取号 choices of the chosen category into view (they open under its row). */
function revealPanel(): void {
  setTimeout(() => {
    if (IS_H5) {
      document
        .querySelector('[data-testid="queue-take-panel"]')
        ?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    } else {
      void Taro.pageScrollTo({ selector: '#queue-take-panel', duration: 200 }).catch(
        () => undefined,
      );
    }
  }, 50);
}

function ActiveTickets({ tickets }: { tickets: QueueTicketFieldsFragment[] }) {
  if (tickets.length === 0) return null;
  return (
    <View className="section">
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.activeTickets}
      </Text>
      <View className="bk-list">
        {tickets.map((ticket) => {
          const view = ticketView(ticket);
          const open = () => void Taro.navigateTo({ url: ticketUrl(ticket.id) });
          return (
            <Choice
              key={ticket.id}
              testId="queue-active-ticket"
              data={{ id: ticket.id, number: ticket.number }}
              className="bk-row q-active"
              label={s.activeTicketRow(ticket.number, ticket.categoryName, view.headline)}
              onTap={open}
            >
              <Text className="q-active__number" {...visualOnly}>
                {ticket.number}
              </Text>
              <View className="bk-row__main">
                <Text className="bk-row__title" {...visualOnly}>
                  {ticket.categoryName}
                </Text>
                <Text className="bk-row__sub" {...visualOnly}>
                  {view.headline}
                </Text>
              </View>
            </Choice>
          );
        })}
      </View>
    </View>
  );
}

function CategoryChoice({
  row,
  chosen,
  onTap,
}: {
  row: CategoryRow;
  chosen: boolean;
  onTap: () => void;
}) {
  return (
    <Choice
      testId="queue-category"
      data={{ code: row.code, mine: row.mine ? 'true' : 'false' }}
      className={`bk-row q-category${chosen ? ' bk-row--selected' : ''}`}
      disabled={row.disabled}
      label={row.label}
      onTap={onTap}
    >
      <View className="bk-row__main">
        <Text className="bk-row__title" {...visualOnly}>
          {row.title}
        </Text>
        {row.mine && (
          <Text className="q-category__mine" {...visualOnly}>
            {s.alreadyTaken(row.mine.number)}
          </Text>
        )}
        {row.reason && (
          <Text className="q-category__reason" data-testid="queue-category-reason" {...visualOnly}>
            {row.reason}
          </Text>
        )}
        <Text className="bk-row__sub" {...visualOnly}>
          {row.zoneName}
        </Text>
      </View>
      <View className="q-category__numbers">
        <Text className="q-category__waiting" data-testid="queue-category-waiting" {...visualOnly}>
          {row.waiting}
        </Text>
        <Text className="q-category__wait" data-testid="queue-category-wait" {...visualOnly}>
          {row.wait}
        </Text>
      </View>
    </Choice>
  );
}

/**
 * 取号: the hall's open state, its categories with the people waiting and the estimated wait,
 * and under the chosen one how to take the number (远程取号 with the location, or 扫码取号 with
 * the door code). From the care-mode home: 取号 → category → 远程取号 is three taps.
 */
function TakePage() {
  const router = useRouter();
  const hallCode = param(router.params.hall) || DISTRICT_HALL_CODE;
  const session = useSession();
  const citizen = session !== null && session.user.role === 'CITIZEN';
  const hall = useGraphqlQuery(QueueTakeQuery, { hallCode }, { fresh: true });
  const account = useGraphqlQuery(
    QueueAccountQuery,
    {},
    { pause: !citizen, fresh: true, toast: false },
  );
  const [live, setLive] = useState<QueueCategoryFieldsFragment[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [elderly, setElderly] = useState(false);
  const [busy, setBusy] = useState<TakeBusy>(null);
  const [notice, setNotice] = useState<TakeNotice | null>(null);
  const [rowNotice, setRowNotice] = useState<{ code: string; text: string } | null>(null);
  const keys = useRef(new AttemptKeys(queueKey)).current;
  const hidden = useRef(false);

  const reload = () => {
    setLive(null);
    hall.reload();
    if (citizen) account.reload();
  };

  // Back from 我的排队 (a ticket cancelled, a number called): ask again.
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    reload();
  });

  // The waiting counts move as numbers are taken and called: pushed with the hall's board.
  useLiveUpdates(
    QueueTakeBoardSubscription,
    { hallCode },
    {
      pause: !hall.data,
      onData: (data) => setLive(data.queueBoardChanged.waiting),
      poll: () => hall.reload(),
      pollMs: 30_000,
    },
  );

  const openState = hall.data?.queueOpenState ?? null;
  const categories = live ?? hall.data?.queueCategories ?? [];
  const myTickets = account.data?.myQueueTickets ?? [];
  const rows = categoryRows(categories, openState, myTickets);
  const activeTickets = myTickets.filter(isActiveTicket);
  const age = account.data?.me?.profile?.age;
  const elderlyEligible = age != null && isElderlyPriority(age);
  const line = openStateLine(openState);

  const choose = (row: CategoryRow) => {
    setRowNotice(null);
    if (!citizen) {
      setRowNotice({ code: row.code, text: s.loginFirst });
      return;
    }
    if (row.mine) {
      void Taro.navigateTo({ url: ticketUrl(row.mine.id) });
      return;
    }
    if (row.disabled) {
      setChosen(null);
      setRowNotice({ code: row.code, text: row.reason ?? s.hallClosed });
      return;
    }
    setNotice(null);
    setChosen(row.code);
    revealPanel();
  };

  const take = async (categoryCode: string, method: TakeMethod) => {
    if (busy) return;
    setNotice(null);
    const input: TakeQueueTicketInput = {
      hallCode,
      categoryCode,
      elderlyPriority: elderlyEligible && elderly,
      idempotencyKey: '',
    };
    if (method === 'SCAN') {
      setBusy('scanning');
      let content: string | null;
      try {
        content = await scanCode({ title: s.scanTitle, hint: s.scanHint });
      } catch (error) {
        setBusy(null);
        const text = error instanceof ScanCodeError ? error.message : s.scanCancelled;
        setNotice({ text, tone: 'error', next: 'none' });
        return;
      }
      if (content === null) {
        setBusy(null);
        setNotice({ text: s.scanCancelled, tone: 'info', next: 'none' });
        return;
      }
      const scanned = parseScannedCode(content);
      if (!scanned || scanned.kind !== 'QUEUE_DOOR') {
        setBusy(null);
        setNotice({ text: s.scanNotDoor, tone: 'error', next: 'none' });
        return;
      }
      input.doorCode = content.trim();
      input.hallCode = scanned.hallCode;
    } else {
      setBusy('locating');
      try {
        Object.assign(input, await locate());
      } catch (error) {
        setBusy(null);
        setNotice({
          text: locationFailureText(locationFailure(errMsgOf(error))),
          tone: 'error',
          next: 'scan',
        });
        return;
      }
    }
    setBusy('taking');
    input.idempotencyKey = keys.keyFor(
      takeAttempt(categoryCode, method, input.elderlyPriority === true),
    );
    const result = await runMutation(TakeQueueTicketMutation, { input });
    setBusy(null);
    if (result.ok) {
      keys.answered();
      void Taro.redirectTo({ url: ticketUrl(result.data.takeQueueTicket.id) });
      return;
    }
    const refusal = takeRefusal(result.error);
    if (refusal.newAttempt) keys.answered();
    setNotice({ text: refusal.message, tone: 'error', next: refusal.next });
    if (refusal.next === 'refresh' || refusal.next === 'mine') reload();
  };

  let body;
  if (hall.loading && !hall.data) {
    body = <StateView kind="loading" message={s.loading} />;
  } else if (hall.error && !hall.data) {
    body = (
      <StateView kind="error" message={hall.error.message} actionText={s.retry} onAction={reload} />
    );
  } else {
    body = (
      <>
        <ActiveTickets tickets={activeTickets} />
        <View className="section">
          <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
            {s.chooseCategory}
          </Text>
          {!citizen && (
            <View className="card q-login" data-testid="queue-sign-in">
              <Text className="bk-intro">{s.loginFirst}</Text>
              <Text
                className="q-login__link"
                onClick={() => switchTab('me')}
                {...a11y({ role: 'button', onActivate: () => switchTab('me') })}
              >
                {s.toLogin}
              </Text>
            </View>
          )}
          <View className="bk-list" data-testid="queue-categories">
            {rows.map((row) => (
              <View key={row.code} className="q-category-group">
                <CategoryChoice row={row} chosen={chosen === row.code} onTap={() => choose(row)} />
                {rowNotice?.code === row.code && (
                  <Text
                    className="bk-notice bk-notice--info"
                    data-testid="queue-category-notice"
                    {...a11y({ role: 'status' })}
                  >
                    {rowNotice.text}
                  </Text>
                )}
                {chosen === row.code && (
                  <TakePanel
                    row={row}
                    elderlyEligible={elderlyEligible}
                    elderly={elderly}
                    onElderly={setElderly}
                    busy={busy}
                    notice={notice}
                    onTake={(method) => void take(row.code, method)}
                    onMine={() => void Taro.navigateTo({ url: ticketUrl() })}
                    onRealName={() => void Taro.navigateTo({ url: ACCOUNT_PATHS.realName })}
                    onClose={() => {
                      setChosen(null);
                      setNotice(null);
                    }}
                  />
                )}
              </View>
            ))}
          </View>
        </View>
      </>
    );
  }

  return (
    <PageShell className="booking queue-take">
      <View className="section">
        <Text className="bk-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.takeTitle}
        </Text>
        <Text className="bk-intro">{s.takeIntro}</Text>
        {openState && (
          <Text
            className={`q-open q-open--${line.open ? 'yes' : 'no'}`}
            data-testid="queue-open-state"
            data-open={line.open ? 'true' : 'false'}
            {...a11y({ role: 'status' })}
          >
            {line.text}
          </Text>
        )}
      </View>
      {body}
      <ScanCodeEntry />
    </PageShell>
  );
}

export default TakePage;
