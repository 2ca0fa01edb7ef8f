import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { PageShell } from '@/components/page-shell';
import { QrCode } from '@/components/qr-code';
import { StateView } from '@/components/state-view';
import type { QueueBoardFieldsFragment } from '@/gql/graphql';
import { DISTRICT_HALL_CODE } from '@/subpackages/booking/hall';
import { a11y } from '@/utils/a11y';
import {
  HallDoorQrQuery,
  QueueBoardChangedSubscription,
  QueueBoardQuery,
} from '../../board.graphql';
import { useLiveUpdates } from '../../live';
import { boardView, doorQrRefreshMs } from '../../model/board-view';
import { queueStrings as s } from '../../strings';
import '../../queue.scss';
import './index.scss';

/**
 * The hall's rotating door code (扫码取号), for the screen at the door: only with a staff session
 * on this browser (the BFF refuses anyone else), asked for again every `refreshSeconds`.
 */
function DoorQr({ hallCode }: { hallCode: string }) {
  const query = useGraphqlQuery(HallDoorQrQuery, { hallCode }, { fresh: true, toast: false });
  const qr = query.data?.hallDoorQr;
  const { reload } = query;
  const refreshSeconds = qr?.refreshSeconds ?? 60;
  const failed = Boolean(query.error && !qr);

  useEffect(() => {
    if (!qr && !failed) return undefined;
    const timer = setTimeout(reload, doorQrRefreshMs(refreshSeconds));
    return () => clearTimeout(timer);
  }, [qr, failed, refreshSeconds, reload]);

  return (
    <View className="q-board__door card" data-testid="queue-door-qr">
      <Text className="q-board__heading" {...a11y({ role: 'heading', level: 2 })}>
        {s.doorQrTitle}
      </Text>
      {qr ? (
        <>
          <QrCode
            value={qr.content}
            label={s.doorQrLabel}
            size={280}
            className="q-board__qr"
            testId="queue-door-qr-image"
          />
          <Text className="q-board__hint">{s.doorQrHint}</Text>
          <Text className="q-board__code" data-testid="queue-door-content">
            {qr.content}
          </Text>
          <Text className="q-board__hint">{s.doorQrRefresh}</Text>
        </>
      ) : (
        <Text className="q-board__hint" data-testid="queue-door-qr-state">
          {failed ? (query.error?.message ?? s.doorQrUnavailable) : s.loading}
        </Text>
      )}
    </View>
  );
}

function BoardBody({ board, staff }: { board: QueueBoardFieldsFragment; staff: boolean }) {
  const view = boardView(board);
  return (
    <View className={`q-board__grid${staff ? ' q-board__grid--door' : ''}`}>
      <View className="q-board__calls card" data-testid="queue-board-calls">
        <Text className="q-board__heading" {...a11y({ role: 'heading', level: 2 })}>
          {s.boardLatest}
        </Text>
        <View {...a11y({ role: 'status' })}>
          {view.latest ? (
            <View
              className="q-board__latest"
              data-testid="queue-board-latest"
              data-number={view.latest.number}
              {...a11y({ label: view.latest.spoken })}
            >
              <Text className="q-board__latest-number" {...a11y({ hidden: true })}>
                {view.latest.number}
              </Text>
              <Text className="q-board__latest-window" {...a11y({ hidden: true })}>
                {view.latest.window}
              </Text>
              <Text className="q-board__latest-zone" {...a11y({ hidden: true })}>
                {view.latest.zoneName}
              </Text>
            </View>
          ) : (
            <Text className="q-board__hint" data-testid="queue-board-empty">
              {s.boardNoCalls}
            </Text>
          )}
        </View>
        {view.earlier.length > 0 && (
          <>
            <Text className="q-board__subheading" {...a11y({ role: 'heading', level: 3 })}>
              {s.boardEarlier}
            </Text>
            <View className="q-board__earlier" {...a11y({ role: 'list' })}>
              {view.earlier.map((call) => (
                <View
                  key={call.key}
                  className="q-board__call"
                  data-testid="queue-board-call"
                  data-number={call.number}
                  {...a11y({ role: 'listitem', label: call.spoken })}
                >
                  <Text className="q-board__call-number" {...a11y({ hidden: true })}>
                    {call.number}
                  </Text>
                  <Text className="q-board__call-window" {...a11y({ hidden: true })}>
                    {call.window}
                  </Text>
                </View>
              ))}
            </View>
          </>
        )}
      </View>
      <View className="q-board__waiting card" data-testid="queue-board-waiting">
        <Text className="q-board__heading" {...a11y({ role: 'heading', level: 2 })}>
          {s.boardWaiting}
        </Text>
        <View {...a11y({ role: 'list' })}>
          {view.waiting.map((row) => (
            <View
              key={row.code}
              className={`q-board__row${row.paused ? ' q-board__row--paused' : ''}`}
              data-testid="queue-board-category"
              data-code={row.code}
              data-count={String(row.count)}
              {...a11y({ role: 'listitem', label: row.label })}
            >
              <Text className="q-board__row-name" {...a11y({ hidden: true })}>
                {`${row.code} ${row.name}`}
              </Text>
              <Text className="q-board__row-count" {...a11y({ hidden: true })}>
                {row.paused ? s.boardPaused : s.boardCount(row.count)}
              </Text>
            </View>
          ))}
        </View>
      </View>
      {staff && <DoorQr hallCode={board.hallCode} />}
    </View>
  );
}

/**
 * 叫号屏 (H5, the hall's big screens): the last numbers called and their windows, the people
 * waiting per category — pushed by `queueBoardChanged` — and, on a screen signed in as staff,
 * the rotating door code to take a number with. `?hall=` names the hall (the district hall by
 * default).
 */
function BoardPage() {
  const router = useRouter();
  const hallCode = router.params.hall ? decodeURIComponent(router.params.hall) : DISTRICT_HALL_CODE;
  const session = useSession();
  const staff = session !== null && session.user.role !== 'CITIZEN';
  const query = useGraphqlQuery(QueueBoardQuery, { hallCode }, { fresh: true, toast: false });
  const [pushed, setPushed] = useState<QueueBoardFieldsFragment | null>(null);
  const board = pushed ?? query.data?.queueBoard ?? null;

  useLiveUpdates(
    QueueBoardChangedSubscription,
    { hallCode },
    {
      pause: !query.data,
      onData: (data) => setPushed(data.queueBoardChanged),
      poll: () => {
        setPushed(null);
        query.reload();
      },
    },
  );

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && board)
      document.title = `${board.hallName} ${s.boardTitle}`;
  }, [board]);

  let body;
  if (board) body = <BoardBody board={board} staff={staff} />;
  else if (query.loading) body = <StateView kind="loading" message={s.loading} />;
  else {
    body = (
      <StateView
        kind="error"
        message={query.error?.message ?? s.hallUnknown}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  }

  return (
    <PageShell className="q-board">
      <View className="q-board__header">
        <Text className="q-board__title" {...a11y({ role: 'heading', level: 1 })}>
          {board ? `${board.hallName} ${s.boardTitle}` : s.boardTitle}
        </Text>
      </View>
      {body}
    </PageShell>
  );
}

export default BoardPage;
