import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import {
  FAMILY_LINK_STATUS_LABELS_FOR_MEMBER,
  FAMILY_RELATION_LABELS,
  canActFor,
} from '@shizhong/domain';
import { getClient } from '@/api/client';
import { toUserFacingError } from '@/api/errors';
import { confirmDanger } from '@/common/confirm';
import type {
  FamilyLinkFieldsFragment,
  FamilyLinksToMeQuery as FamilyLinksToMeData,
} from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import {
  FamilyLinksToMeQuery,
  RespondToFamilyLinkMutation,
  RevokeFamilyLinkMutation,
} from './family-links.graphql';
import { familyRequestStrings as s } from './family-requests.strings';
import './family-requests.scss';

type Link = FamilyLinkFieldsFragment;
function disabledWhile(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

/** 2026-11-20 in Beijing time, from an ISO timestamp. */
function shanghaiDate(iso: string): string {
  const date = new Date(Date.parse(iso) + 8 * 3600_000);
  return date.toISOString().slice(0, 10);
}

function confirmDialog(title: string, content: string, confirmText: string) {
  return confirmDanger({ title, content, confirmText, cancelText: s.cancel });
}

function LinkRow({ link, onChanged }: { link: Link; onChanged: (next: Link) => void }) {
  const [busy, setBusy] = useState(false);
  const owner = link.ownerMaskedName ?? s.someone;
  const pending = link.status === 'PENDING';
  const statusLabel = FAMILY_LINK_STATUS_LABELS_FOR_MEMBER[link.status];
  const relation = s.relation(FAMILY_RELATION_LABELS[link.relation]);
  const text = pending ? s.asks(owner) : s.allowed(owner);

  const run = async (action: 'accept' | 'decline' | 'revoke') => {
    if (busy) return;
    if (
      action === 'decline' &&
      !(await confirmDialog(s.declineTitle, s.declineContent(owner), s.decline))
    ) {
      return;
    }
    if (
      action === 'revoke' &&
      !(await confirmDialog(s.revokeTitle, s.revokeContent(owner), s.revokeConfirm))
    ) {
      return;
    }
    setBusy(true);
    try {
      const result =
        action === 'revoke'
          ? await getClient()
              .mutation(RevokeFamilyLinkMutation.toString(), { id: link.id })
              .toPromise()
          : await getClient()
              .mutation(RespondToFamilyLinkMutation.toString(), {
                id: link.id,
                accept: action === 'accept',
              })
              .toPromise();
      const data = result.data as
        { respondToFamilyLink?: Link; revokeFamilyLink?: Link } | undefined;
      const next = data?.respondToFamilyLink ?? data?.revokeFamilyLink;
      if (!next || result.error) {
        void Taro.showToast({
          title: toUserFacingError(result.error).message,
          icon: 'none',
          duration: 3000,
        });
        return;
      }
      const toast =
        action === 'accept' ? s.accepted : action === 'decline' ? s.declined : s.revoked;
      void Taro.showToast({ title: toast, icon: 'none' });
      onChanged(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View
      className="family-link"
      data-testid="family-link"
      data-status={link.status}
      {...a11y({ role: 'listitem' })}
    >
      <View className="family-link__head">
        <Text className="family-link__text" data-testid="family-link-text">
          {text}
        </Text>
        <Text
          className={`family-link__status family-link__status--${pending ? 'pending' : 'active'}`}
          data-testid="family-link-status"
        >
          {statusLabel}
        </Text>
      </View>
      <Text className="family-link__detail" data-testid="family-link-relation">
        {relation}
      </Text>
      <Text className="family-link__detail">{s.addedOn(shanghaiDate(link.createdAt))}</Text>
      {pending ? (
        <View className="family-link__actions">
          <Button
            className="me-button me-button--primary family-link__button"
            data-testid="family-link-accept"
            {...disabledWhile(busy)}
            onClick={() => void run('accept')}
            {...a11y({ label: s.acceptLabel(owner) })}
          >
            {s.accept}
          </Button>
          <Button
            className="me-button family-link__button family-link__button--secondary"
            data-testid="family-link-decline"
            {...disabledWhile(busy)}
            onClick={() => void run('decline')}
            {...a11y({ label: s.declineLabel(owner) })}
          >
            {s.decline}
          </Button>
        </View>
      ) : (
        <Button
          className="me-button family-link__button family-link__button--danger"
          data-testid="family-link-revoke"
          {...disabledWhile(busy)}
          onClick={() => void run('revoke')}
          {...a11y({ label: s.revokeLabel(owner) })}
        >
          {s.revoke}
        </Button>
      )}
    </View>
  );
}

/**
 * 我的 → 家人请求: requests from people who added the citizen as a family member (confirm or
 * decline), and the links in force (撤销授权 behind a confirmation). Shown only when there is one.
 * Loads when 我的 is shown (`refreshKey`) and when another account logs in (`userId`).
 */
export function FamilyRequests({ refreshKey, userId }: { refreshKey: number; userId: string }) {
  const [links, setLinks] = useState<{ userId: string; list: Link[] } | null>(null);

  const load = useCallback(async () => {
    const result = await getClient()
      .query(FamilyLinksToMeQuery.toString(), {}, { requestPolicy: 'network-only' })
      .toPromise();
    const data = result.data as FamilyLinksToMeData | undefined;
    if (data) setLinks({ userId, list: data.familyLinksToMe });
  }, [userId]);

  useEffect(() => {
    if (refreshKey > 0) void load();
  }, [refreshKey, load]);

  const shown = (links?.userId === userId ? links.list : []).filter(
    (link) => link.status === 'PENDING' || canActFor(link.status),
  );
  if (shown.length === 0) return null;

  const replace = (next: Link) =>
    setLinks((current) =>
      current
        ? { ...current, list: current.list.map((l) => (l.id === next.id ? next : l)) }
        : current,
    );

  return (
    <View className="section" data-testid="family-requests">
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.title}
      </Text>
      <View className="card family-links">
        <Text className="family-links__intro">{s.intro}</Text>
        <View {...a11y({ role: 'list' })}>
          {shown.map((link) => (
            <LinkRow key={link.id} link={link} onChanged={replace} />
          ))}
        </View>
      </View>
    </View>
  );
}
