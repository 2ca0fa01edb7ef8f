import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { shanghaiTimeOf } from '@shizhong/domain';
import { getClient } from '@/api/client';
import { confirmDanger } from '@/common/confirm';
import type { QueueTicketFieldsFragment, QueueTicketQuery as QueueTicketData } from '@/gql/graphql';
import { runMutation } from '@/subpackages/account/run-mutation';
import { ActionButton } from '@/subpackages/booking/components/action-button';
import { Fact } from '@/subpackages/booking/components/fact';
import { Notice } from '@/subpackages/booking/components/step-header';
import { a11y } from '@/utils/a11y';
import { useLiveUpdates, type LiveMode } from '../live';
import { ticketView } from '../model/ticket-view';
import {
  CancelQueueTicketMutation,
  QueueTicketChangedSubscription,
  QueueTicketQuery,
  RequeueQueueTicketMutation,
} from '../queue.graphql';
import { queueStrings as s } from '../strings';

type Ticket = QueueTicketFieldsFragment;

const LIVE_TEXT: Record<LiveMode, string | null> = {
  live: s.live,
  polling: s.livePolling,
  off: null,
};

/** Asks the BFF for the ticket again (the polling fallback while the socket is down). */
async function fetchTicket(id: string): Promise<Ticket | null> {
  const result = await getClient()
    .query<QueueTicketData>(QueueTicketQuery.toString(), { id }, { requestPolicy: 'network-only' })
    .toPromise();
  return result.data?.queueTicket ?? null;
}

/**
 * One ticket of 我的排队: the number, big; 前面还有 N 人 and the wait, or 请到 12 号窗口 once
 * called — pushed by `queueTicketChanged` while the ticket is in the queue, so the page changes
 * without a reload (and a screen reader announces it: the lines are a live status region).
 */
export function TicketCard({
  ticket,
  onChanged,
}: {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}) {
  const view = ticketView(ticket);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previous = useRef(ticket.status);

  const mode = useLiveUpdates(
    QueueTicketChangedSubscription,
    { id: ticket.id },
    {
      pause: !view.active,
      onData: (data) => onChanged(data.queueTicketChanged),
      poll: () => {
        void fetchTicket(ticket.id).then((fresh) => {
          if (fresh) onChanged(fresh);
        });
      },
    },
  );

  // Called: the phone buzzes too (WeChat), for a citizen waiting with the phone in a pocket.
  useEffect(() => {
    if (previous.current !== 'CALLED' && ticket.status === 'CALLED') {
      if (process.env.TARO_ENV === 'weapp') void Taro.vibrateLong().catch(() => undefined);
    }
    previous.current = ticket.status;
  }, [ticket.status]);

  const cancel = async () => {
    if (busy) return;
    const confirmed = await confirmDanger({
      title: s.cancelTitle,
      content: s.cancelContent(ticket.number, ticket.categoryName),
      confirmText: s.cancelConfirm,
      cancelText: s.cancelKeep,
    });
    if (!confirmed) return;
    setBusy(true);
    setError(null);
    const result = await runMutation(CancelQueueTicketMutation, { id: ticket.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChanged(result.data.cancelQueueTicket);
    void Taro.showToast({ title: s.cancelled, icon: 'none' });
  };

  const requeue = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await runMutation(RequeueQueueTicketMutation, { id: ticket.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChanged(result.data.requeueQueueTicket);
    void Taro.showToast({ title: s.requeued, icon: 'none' });
  };

  const liveText = LIVE_TEXT[mode];
  return (
    <View
      className={`card q-ticket q-ticket--${view.tone}`}
      data-testid="queue-ticket"
      data-id={ticket.id}
      data-number={ticket.number}
      data-status={ticket.status}
      {...a11y({ role: 'listitem' })}
    >
      <View className="q-ticket__head">
        <Text className={`q-badge q-badge--${view.tone}`} data-testid="queue-ticket-status">
          {view.statusLabel}
        </Text>
        {view.priorityLabel && (
          <Text className="q-badge q-badge--priority" data-testid="queue-ticket-priority">
            {view.priorityLabel}
          </Text>
        )}
      </View>
      <Text
        className="q-ticket__number"
        data-testid="queue-ticket-number"
        {...a11y({ role: 'heading', level: 2, label: s.ticketNumberLabel(ticket.number) })}
      >
        {ticket.number}
      </Text>
      <View className="q-ticket__lines" {...a11y({ role: 'status' })}>
        <Text className="q-ticket__headline" data-testid="queue-ticket-headline">
          {view.headline}
        </Text>
        {view.detail && (
          <Text className="q-ticket__detail" data-testid="queue-ticket-detail">
            {view.detail}
          </Text>
        )}
      </View>
      <View className="bk-facts">
        <Fact label={s.category} value={`${ticket.categoryCode} ${ticket.categoryName}`} />
        {ticket.zoneName && <Fact label={s.zone} value={ticket.zoneName} />}
        <Fact
          label={s.takenAt}
          value={shanghaiTimeOf(new Date(ticket.takenAt))}
          testId="queue-ticket-taken-at"
        />
        {ticket.actedBy && !ticket.actedBy.forSelf && (
          <Fact label={s.actedBy} value={ticket.actedBy.summary} />
        )}
      </View>
      {liveText && (
        <Text className="q-live" data-testid="queue-ticket-live" data-mode={mode}>
          {liveText}
        </Text>
      )}
      {ticket.canRequeue && (
        <ActionButton
          testId="queue-ticket-requeue"
          disabled={busy}
          text={s.requeue}
          label={s.requeueLabel(ticket.number)}
          onTap={() => void requeue()}
        />
      )}
      {ticket.canCancel && (
        <ActionButton
          tone="danger"
          testId="queue-ticket-cancel"
          disabled={busy}
          text={s.cancel}
          label={s.cancelLabel(ticket.number)}
          onTap={() => void cancel()}
        />
      )}
      {error && <Notice text={error} testId="queue-ticket-error" />}
    </View>
  );
}
