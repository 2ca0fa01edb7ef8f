import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { QueueTicketFieldsFragment } from '@/gql/graphql';
import { ActionButton } from '@/subpackages/booking/components/action-button';
import { a11y } from '@/utils/a11y';
import { TicketCard } from '../../components/ticket-card';
import { mergeTicket, withFirst } from '../../model/ticket-view';
import { MyQueueTicketsQuery, QueueTicketQuery } from '../../queue.graphql';
import { QUEUE_PATHS } from '../../queue-paths';
import { queueStrings as s } from '../../strings';
import '../../../booking/booking.scss';
import '../../queue.scss';
import './index.scss';

type Ticket = QueueTicketFieldsFragment;

/**
 * 我的排队: today's tickets, the active ones first (the one in the URL before them), each kept
 * up to date by its own subscription. Opened after 取号 (`?id=`), from 我的 and from 预约取号.
 */
function MyTicketsPage() {
  const router = useRouter();
  const firstId = router.params.id ? decodeURIComponent(router.params.id) : null;
  const session = useSession();
  const citizen = session !== null && session.user.role === 'CITIZEN';
  const list = useGraphqlQuery(MyQueueTicketsQuery, {}, { pause: !citizen, fresh: true });
  const listed = list.data?.myQueueTickets;
  // A ticket opened by link that is not today's (or not in the list yet): ask for it alone.
  const missing = Boolean(firstId && listed && !listed.some((t) => t.id === firstId));
  const single = useGraphqlQuery(
    QueueTicketQuery,
    { id: firstId ?? '' },
    { pause: !citizen || !missing, fresh: true, toast: false },
  );
  const [tickets, setTickets] = useState<Ticket[]>([]);
  const hidden = useRef(false);

  useEffect(() => {
    if (!listed) return;
    const extra = single.data?.queueTicket;
    setTickets(extra ? mergeTicket(listed, extra) : [...listed]);
  }, [listed, single.data]);

  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    list.reload();
  });

  const update = (ticket: Ticket) => setTickets((current) => mergeTicket(current, ticket));
  const toTake = () => void Taro.navigateTo({ url: QUEUE_PATHS.take });

  let body;
  if (!citizen) {
    body = (
      <StateView
        kind="empty"
        message={s.loginToSee}
        actionText={s.toLogin}
        onAction={() => switchTab('me')}
      />
    );
  } else if (list.loading && !list.data) {
    body = <StateView kind="loading" message={s.loading} />;
  } else if (list.error && !list.data) {
    body = (
      <StateView
        kind="error"
        message={list.error.message}
        actionText={s.retry}
        onAction={list.reload}
      />
    );
  } else if (tickets.length === 0) {
    body = (
      <View className="section" data-testid="queue-tickets-empty">
        <StateView kind="empty" message={s.mineEmpty} />
      </View>
    );
  } else {
    body = (
      <View className="section q-tickets" data-testid="queue-tickets" {...a11y({ role: 'list' })}>
        {withFirst(tickets, firstId).map((ticket) => (
          <TicketCard key={ticket.id} ticket={ticket} onChanged={update} />
        ))}
      </View>
    );
  }

  return (
    <PageShell className="booking queue-mine">
      <View className="section">
        <Text className="bk-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.mineTitle}
        </Text>
      </View>
      {body}
      {citizen && (
        <View className="section">
          <ActionButton tone="secondary" testId="queue-take-new" text={s.takeNew} onTap={toTake} />
        </View>
      )}
    </PageShell>
  );
}

export default MyTicketsPage;
