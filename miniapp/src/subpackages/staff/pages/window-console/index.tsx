import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { AnyVariables } from '@urql/core';
import { useEffect, useState } from 'react';
import { shanghaiTimeOf } from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type {
  ConsoleTicketFieldsFragment,
  HallWindowsQuery as HallWindowsData,
  ServiceWindowConsoleFieldsFragment,
  TypedDocumentString,
} from '@/gql/graphql';
import { runMutation } from '@/subpackages/account/run-mutation';
import { ActionButton } from '@/subpackages/booking/components/action-button';
import { Notice } from '@/subpackages/booking/components/step-header';
import { useLiveUpdates } from '@/subpackages/queue/live';
import { a11y, type A11yProps } from '@/utils/a11y';
import {
  consoleActions,
  initialCategories,
  toggleCategory,
  type ActionState,
} from '../../model/console-view';
import { STAFF_PATHS } from '../../staff-paths';
import {
  CallNextTicketMutation,
  CloseServiceWindowMutation,
  CompleteTicketMutation,
  HallWindowsQuery,
  HoldTicketMutation,
  OpenServiceWindowMutation,
  PauseServiceWindowMutation,
  RecallTicketMutation,
  ResumeTicketMutation,
  ServiceWindowChangedSubscription,
  ServiceWindowConsoleQuery,
  SkipTicketMutation,
  TransferTicketMutation,
} from '../../window-console.graphql';
import { consoleStrings as s } from './strings';
import '../../../booking/booking.scss';
import '../../staff.scss';
import './index.scss';

type WindowConsole = ServiceWindowConsoleFieldsFragment;
type Ticket = ConsoleTicketFieldsFragment;
type HallWindow = HallWindowsData['serviceWindows'][number];
type HallCategory = HallWindowsData['queueCategories'][number];

const IS_H5 = process.env.TARO_ENV === 'h5';

function param(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** A chip one ticks (role checkbox) or chooses (role radio), by keyboard too. */
function chipProps(role: 'checkbox' | 'radio', checked: boolean, toggle: () => void): A11yProps {
  if (!IS_H5) return { ariaRole: role };
  return {
    role,
    'aria-checked': checked ? 'true' : 'false',
    tabIndex: 0,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        toggle();
      }
    },
  };
}

function Chip({
  role,
  checked,
  text,
  onToggle,
  testId,
  code,
}: {
  role: 'checkbox' | 'radio';
  checked: boolean;
  text: string;
  onToggle: () => void;
  testId: string;
  code: string;
}) {
  return (
    <View
      className={`wc-chip${checked ? ' wc-chip--checked' : ''}`}
      data-testid={testId}
      data-code={code}
      onClick={onToggle}
      {...chipProps(role, checked, onToggle)}
    >
      <Text>{text}</Text>
    </View>
  );
}

/** A console button: its reason goes into the screen-reader name while it cannot be pressed. */
function ConsoleButton({
  text,
  state,
  testId,
  onTap,
  tone = 'secondary',
  target,
  busy,
}: {
  text: string;
  state: ActionState;
  testId: string;
  onTap: () => void;
  tone?: 'primary' | 'secondary' | 'danger';
  target?: string;
  busy: boolean;
}) {
  const name = target ? s.actionLabel(text, target) : text;
  return (
    <ActionButton
      className="wc-button"
      tone={tone}
      testId={testId}
      text={text}
      disabled={busy || !state.enabled}
      label={state.enabled ? name : `${name}，${state.reason ?? ''}`}
      onTap={onTap}
    />
  );
}

function TicketLine({ ticket }: { ticket: Ticket }) {
  const priority = s.priority[ticket.priority];
  return (
    <Text className="wc-ticket__meta">
      {[
        `${ticket.categoryCode} ${ticket.categoryName}`,
        priority,
        ticket.subjectName ? `${s.subject} ${ticket.subjectName}` : '',
        ticket.calledAt ? s.calledAt(shanghaiTimeOf(new Date(ticket.calledAt))) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

function TransferPanel({
  ticket,
  windowConsole,
  hallWindows,
  hallCategories,
  busy,
  onTransfer,
  onCancel,
}: {
  ticket: Ticket;
  windowConsole: WindowConsole;
  hallWindows: HallWindow[];
  hallCategories: HallCategory[];
  busy: boolean;
  onTransfer: (input: { toCategoryCode?: string; toWindowCode?: string }) => void;
  onCancel: () => void;
}) {
  const [category, setCategory] = useState<string | null>(null);
  const [windowNumber, setWindowNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const servingSame = hallWindows.filter(
    (w) =>
      w.code !== windowConsole.code &&
      w.status === 'OPEN' &&
      w.categoryCodes.includes(ticket.categoryCode),
  );
  const confirm = () => {
    const typed = windowNumber.trim();
    if (typed) {
      const target = hallWindows.find((w) => String(w.number) === typed);
      if (!target) return setProblem(s.unknownWindow(typed));
      if (target.code === windowConsole.code) return setProblem(s.sameWindow);
      setProblem(null);
      return onTransfer({ toWindowCode: target.code });
    }
    if (category) {
      setProblem(null);
      return onTransfer({ toCategoryCode: category });
    }
    return setProblem(s.transferPickOne);
  };
  return (
    <View className="card wc-transfer" data-testid="wc-transfer">
      <Text className="wc-heading" {...a11y({ role: 'heading', level: 3 })}>
        {s.transferTitle(ticket.number)}
      </Text>
      <Text className="wc-label">{s.transferToCategory}</Text>
      <View
        className="wc-chips"
        {...(IS_H5 ? { role: 'radiogroup', 'aria-label': s.transferToCategory } : {})}
      >
        {hallCategories
          .filter((c) => c.code !== ticket.categoryCode)
          .map((c) => (
            <Chip
              key={c.code}
              role="radio"
              checked={category === c.code}
              text={`${c.code} ${c.name}`}
              testId="wc-transfer-category"
              code={c.code}
              onToggle={() => {
                setCategory(category === c.code ? null : c.code);
                setWindowNumber('');
              }}
            />
          ))}
      </View>
      <Text className="wc-label">{s.transferToWindow}</Text>
      <Input
        className="bk-input wc-input"
        type="number"
        value={windowNumber}
        placeholder={s.windowNumberPlaceholder}
        placeholderClass="bk-input__placeholder"
        maxlength={4}
        onInput={(e) => {
          setWindowNumber(e.detail.value);
          if (e.detail.value) setCategory(null);
        }}
        onConfirm={confirm}
        data-testid="wc-transfer-window"
        {...a11y({ label: `${s.transferToWindow}，${s.windowNumberLabel}` })}
      />
      {servingSame.length > 0 && (
        <>
          <Text className="wc-note">{s.openWindowsHint}</Text>
          <View className="wc-chips">
            {servingSame.slice(0, 12).map((w) => (
              <Chip
                key={w.code}
                role="radio"
                checked={windowNumber === String(w.number)}
                text={s.windowChip(w.number)}
                testId="wc-transfer-window-chip"
                code={w.code}
                onToggle={() => {
                  setWindowNumber(String(w.number));
                  setCategory(null);
                }}
              />
            ))}
          </View>
        </>
      )}
      {problem && <Notice text={problem} testId="wc-transfer-problem" />}
      <View className="wc-buttons">
        <ActionButton
          className="wc-button"
          testId="wc-transfer-confirm"
          disabled={busy}
          text={s.transferConfirm}
          onTap={confirm}
        />
        <ActionButton
          className="wc-button"
          tone="secondary"
          testId="wc-transfer-cancel"
          disabled={busy}
          text={s.transferCancel}
          onTap={onCancel}
        />
      </View>
    </View>
  );
}

type ActionKey =
  | 'open'
  | 'pause'
  | 'close'
  | 'callNext'
  | 'recall'
  | 'skip'
  | 'hold'
  | 'resume'
  | 'complete'
  | 'transfer';

function ConsoleBody({
  windowConsole,
  setConsole,
  live,
}: {
  windowConsole: WindowConsole;
  setConsole: (next: WindowConsole) => void;
  live: 'live' | 'polling' | 'off';
}) {
  const windowCode = windowConsole.code;
  const hall = useGraphqlQuery(
    HallWindowsQuery,
    { hallCode: windowConsole.hallCode },
    { toast: false },
  );
  const [chosen, setChosen] = useState<string[]>(() => initialCategories(windowConsole));
  const [busy, setBusy] = useState<ActionKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [transferring, setTransferring] = useState(false);
  const actions = consoleActions(windowConsole, chosen);
  const current =
    windowConsole.currentTicket?.status === 'CALLED' ? windowConsole.currentTicket : null;
  const names = new Map<string, string>();
  for (const c of hall.data?.queueCategories ?? []) names.set(c.code, c.name);
  for (const c of windowConsole.waiting) names.set(c.code, c.name);

  // The window's own categories change (another device, an admin): start from them again.
  const servedKey = windowConsole.categoryCodes.join(',');
  const served = windowConsole.categoryCodes;
  const allowed = windowConsole.allowedCategoryCodes;
  useEffect(() => {
    setChosen(initialCategories({ categoryCodes: served, allowedCategoryCodes: allowed }));
  }, [servedKey]); // only when the served set changes, not on every push
  useEffect(() => {
    if (!current) setTransferring(false);
  }, [current]);

  async function run<TData, TVariables extends AnyVariables>(
    action: ActionKey,
    document: TypedDocumentString<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => WindowConsole,
    doneText: (next: WindowConsole) => string,
  ): Promise<void> {
    if (busy) return;
    setBusy(action);
    setError(null);
    setDone(null);
    const result = await runMutation(document, variables);
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const next = pick(result.data);
    setConsole(next);
    setDone(doneText(next));
    if (action === 'transfer') setTransferring(false);
  }

  const target = current?.number;
  const statusTone = windowConsole.status.toLowerCase();
  return (
    <>
      <View className="section wc-head">
        <View className="wc-head__main">
          <Text className="staff-title" {...a11y({ role: 'heading', level: 1 })}>
            {s.windowTitle(windowConsole.label, windowConsole.zoneName)}
          </Text>
          <View className="wc-head__facts">
            <Text
              className={`wc-status wc-status--${statusTone}`}
              data-testid="wc-status"
              data-status={windowConsole.status}
            >
              {s.status[windowConsole.status]}
            </Text>
            <Text
              className="wc-served"
              data-testid="wc-served-today"
              data-count={String(windowConsole.servedToday)}
              {...a11y({ label: s.servedTodayLabel(windowConsole.servedToday) })}
            >
              {s.servedToday(windowConsole.servedToday)}
            </Text>
            {live !== 'off' && (
              <Text className="wc-live" data-testid="wc-live" data-mode={live}>
                {live === 'live' ? s.live : s.polling}
              </Text>
            )}
          </View>
        </View>
      </View>
      <View className="section" {...a11y({ role: 'status' })}>
        {error && <Notice text={error} testId="wc-error" />}
        {done && !error && <Notice text={done} tone="success" testId="wc-done" />}
      </View>
      <View className="wc-grid">
        <View className="wc-col">
          <View className="card wc-current" data-testid="wc-current">
            <Text className="wc-heading" {...a11y({ role: 'heading', level: 2 })}>
              {s.currentSection}
            </Text>
            {current ? (
              <View
                className="wc-ticket"
                data-testid="wc-current-ticket"
                data-number={current.number}
                {...a11y({ label: s.currentLabel(current.number, current.categoryName) })}
              >
                <Text className="wc-ticket__number" data-testid="wc-current-number">
                  {current.number}
                </Text>
                <TicketLine ticket={current} />
              </View>
            ) : (
              <Text className="wc-note" data-testid="wc-no-current">
                {s.noCurrent}
              </Text>
            )}
            <ConsoleButton
              tone="primary"
              text={busy === 'callNext' ? s.calling : s.callNext}
              state={actions.callNext}
              testId="wc-call-next"
              busy={busy !== null}
              onTap={() =>
                void run(
                  'callNext',
                  CallNextTicketMutation,
                  { windowCode },
                  (d) => d.callNextTicket,
                  (next) => s.done.callNext(next.currentTicket?.number ?? ''),
                )
              }
            />
            {!actions.callNext.enabled && actions.callNext.reason && (
              <Text className="wc-note" data-testid="wc-call-next-reason">
                {actions.callNext.reason}
              </Text>
            )}
            <View className="wc-buttons wc-buttons--ticket">
              <ConsoleButton
                text={s.recall}
                state={actions.recall}
                testId="wc-recall"
                target={target}
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'recall',
                    RecallTicketMutation,
                    { windowCode },
                    (d) => d.recallTicket,
                    () => s.done.recall,
                  )
                }
              />
              <ConsoleButton
                text={s.skip}
                state={actions.skip}
                testId="wc-skip"
                target={target}
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'skip',
                    SkipTicketMutation,
                    { windowCode },
                    (d) => d.skipTicket,
                    () => s.done.skip,
                  )
                }
              />
              <ConsoleButton
                text={s.hold}
                state={actions.hold}
                testId="wc-hold"
                target={target}
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'hold',
                    HoldTicketMutation,
                    { windowCode },
                    (d) => d.holdTicket,
                    () => s.done.hold,
                  )
                }
              />
              <ConsoleButton
                text={s.transfer}
                state={actions.transfer}
                testId="wc-transfer-open"
                target={target}
                busy={busy !== null}
                onTap={() => setTransferring(true)}
              />
              <ConsoleButton
                tone="primary"
                text={s.complete}
                state={actions.complete}
                testId="wc-complete"
                target={target}
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'complete',
                    CompleteTicketMutation,
                    { windowCode },
                    (d) => d.completeTicket,
                    () => s.done.complete,
                  )
                }
              />
            </View>
          </View>
          {transferring && current && (
            <TransferPanel
              ticket={current}
              windowConsole={windowConsole}
              hallWindows={hall.data?.serviceWindows ?? []}
              hallCategories={hall.data?.queueCategories ?? []}
              busy={busy !== null}
              onCancel={() => setTransferring(false)}
              onTransfer={(input) =>
                void run(
                  'transfer',
                  TransferTicketMutation,
                  { windowCode, input: { ticketId: current.id, ...input } },
                  (d) => d.transferTicket,
                  () => s.done.transfer,
                )
              }
            />
          )}
          <View className="card wc-held" data-testid="wc-held">
            <Text className="wc-heading" {...a11y({ role: 'heading', level: 2 })}>
              {s.heldSection}
            </Text>
            {windowConsole.heldTickets.length === 0 ? (
              <Text className="wc-note">{s.heldEmpty}</Text>
            ) : (
              <View {...a11y({ role: 'list' })}>
                {windowConsole.heldTickets.map((ticket) => (
                  <View
                    key={ticket.id}
                    className="wc-held__row"
                    data-testid="wc-held-ticket"
                    data-number={ticket.number}
                    {...a11y({ role: 'listitem' })}
                  >
                    <View className="wc-held__text">
                      <Text className="wc-held__number">{ticket.number}</Text>
                      <TicketLine ticket={ticket} />
                    </View>
                    <ConsoleButton
                      text={s.resumeTicket}
                      state={
                        current
                          ? { enabled: false, reason: actions.callNext.reason }
                          : { enabled: true, reason: null }
                      }
                      testId="wc-resume"
                      target={ticket.number}
                      busy={busy !== null}
                      onTap={() =>
                        void run(
                          'resume',
                          ResumeTicketMutation,
                          { windowCode, ticketId: ticket.id },
                          (d) => d.resumeTicket,
                          () => s.done.resume,
                        )
                      }
                    />
                  </View>
                ))}
              </View>
            )}
          </View>
        </View>
        <View className="wc-col">
          <View className="card wc-window" data-testid="wc-window">
            <Text className="wc-heading" {...a11y({ role: 'heading', level: 2 })}>
              {s.windowSection}
            </Text>
            <Text className="wc-label">{s.categoriesLabel}</Text>
            <View
              className="wc-chips"
              {...(IS_H5 ? { role: 'group', 'aria-label': s.categoriesLabel } : {})}
            >
              {windowConsole.allowedCategoryCodes.map((code) => (
                <Chip
                  key={code}
                  role="checkbox"
                  checked={chosen.includes(code)}
                  text={`${code} ${names.get(code) ?? ''}`.trim()}
                  testId="wc-category"
                  code={code}
                  onToggle={() =>
                    setChosen(toggleCategory(chosen, code, windowConsole.allowedCategoryCodes))
                  }
                />
              ))}
            </View>
            <View className="wc-buttons">
              <ConsoleButton
                tone="primary"
                text={
                  windowConsole.status === 'OPEN'
                    ? s.update
                    : windowConsole.status === 'PAUSED'
                      ? s.resume
                      : s.open
                }
                state={actions.open}
                testId="wc-open"
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'open',
                    OpenServiceWindowMutation,
                    { windowCode, categoryCodes: chosen },
                    (d) => d.openServiceWindow,
                    () => s.done.open,
                  )
                }
              />
              <ConsoleButton
                text={s.pause}
                state={actions.pause}
                testId="wc-pause"
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'pause',
                    PauseServiceWindowMutation,
                    { windowCode },
                    (d) => d.pauseServiceWindow,
                    () => s.done.pause,
                  )
                }
              />
              <ConsoleButton
                tone="danger"
                text={s.close}
                state={actions.close}
                testId="wc-close"
                busy={busy !== null}
                onTap={() =>
                  void run(
                    'close',
                    CloseServiceWindowMutation,
                    { windowCode },
                    (d) => d.closeServiceWindow,
                    () => s.done.close,
                  )
                }
              />
            </View>
            {!actions.open.enabled && actions.open.reason && (
              <Text className="wc-note">{actions.open.reason}</Text>
            )}
          </View>
          <View className="card wc-waiting" data-testid="wc-waiting">
            <Text className="wc-heading" {...a11y({ role: 'heading', level: 2 })}>
              {s.waitingSection}
            </Text>
            <View {...a11y({ role: 'list' })}>
              {windowConsole.waiting.map((c) => {
                const served = windowConsole.categoryCodes.includes(c.code);
                const marks = [served ? s.servedMark : '', c.paused ? s.pausedMark : '']
                  .filter(Boolean)
                  .join('，');
                return (
                  <View
                    key={c.code}
                    className={`wc-waiting__row${served ? ' wc-waiting__row--served' : ''}`}
                    data-testid="wc-waiting-category"
                    data-code={c.code}
                    data-count={String(c.waitingCount)}
                    {...a11y({ role: 'listitem' })}
                  >
                    <Text className="wc-waiting__name">
                      {s.waitingRow(c.code, c.name, c.waitingCount)}
                    </Text>
                    {marks && <Text className="wc-waiting__mark">{marks}</Text>}
                  </View>
                );
              })}
            </View>
          </View>
        </View>
      </View>
    </>
  );
}

/**
 * 窗口叫号台 (H5 on the window's desktop or tablet; WeChat works too): open / pause / close the
 * window and choose its categories; call next, recall, skip (过号), hold and resume, transfer
 * (to another category or window) and complete the current ticket; the held tickets, the people
 * waiting per category and today's count — kept up to date by `serviceWindowChanged`.
 * `?window=` is the window's code (from 工作人员主页).
 */
function WindowConsolePage() {
  const router = useRouter();
  const windowCode = param(router.params.window);
  const session = useSession();
  const isStaff = session !== null && session.user.role !== 'CITIZEN';
  const query = useGraphqlQuery(
    ServiceWindowConsoleQuery,
    { windowCode },
    { pause: !isStaff || !windowCode, fresh: true, toast: false },
  );
  const [windowConsole, setConsole] = useState<WindowConsole | null>(null);
  const loaded = query.data?.serviceWindowConsole;
  useEffect(() => {
    if (loaded) setConsole(loaded);
  }, [loaded]);

  const live = useLiveUpdates(
    ServiceWindowChangedSubscription,
    { windowCode },
    {
      pause: !windowConsole,
      onData: (data) => setConsole(data.serviceWindowChanged),
      poll: query.reload,
    },
  );

  useEffect(() => {
    if (IS_H5) document.title = s.title;
  }, []);

  const toHome = () => void Taro.redirectTo({ url: STAFF_PATHS.home });
  let body;
  if (!isStaff) {
    body = <StateView kind="empty" message={s.staffOnly} actionText={s.toHome} onAction={toHome} />;
  } else if (!windowCode) {
    body = <StateView kind="empty" message={s.noWindow} actionText={s.toHome} onAction={toHome} />;
  } else if (windowConsole) {
    body = <ConsoleBody windowConsole={windowConsole} setConsole={setConsole} live={live} />;
  } else if (query.error) {
    body = (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  } else {
    body = <StateView kind="loading" message={s.loading} />;
  }
  return <PageShell className="staff-page window-console">{body}</PageShell>;
}

export default WindowConsolePage;
