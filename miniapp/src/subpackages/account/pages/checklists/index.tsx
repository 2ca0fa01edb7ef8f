import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { getClient } from '@/api/client';
import { toUserFacingError, type UserFacingError } from '@/api/errors';
import { useSession } from '@/auth';
import { confirmDanger } from '@/common/confirm';
import { openChecklist, switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type {
  SavedChecklistFieldsFragment,
  SavedChecklistsQuery as SavedChecklistsData,
} from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { runMutation } from '../../run-mutation';
import { accountStrings as a } from '../../strings';
import { DeleteSavedChecklistMutation, SavedChecklistsQuery } from './checklists.graphql';
import { formatSavedAt, savedStatus } from './saved-status';
import { savedChecklistsStrings as s } from './strings';
import '../../account.scss';
import './index.scss';

type Saved = SavedChecklistFieldsFragment;
interface ListState {
  data: Saved[] | undefined;
  error: UserFacingError | undefined;
  loading: boolean;
}

/** The caller's saved checklists, read afresh every time the page is shown. */
function useSavedChecklists(enabled: boolean) {
  const [state, setState] = useState<ListState>({
    data: undefined,
    error: undefined,
    loading: enabled,
  });
  const run = useRef(0);
  const load = useCallback(() => {
    if (!enabled) return;
    const current = ++run.current;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    getClient()
      .query<SavedChecklistsData>(
        SavedChecklistsQuery.toString(),
        {},
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then(
        (result) => {
          if (current !== run.current) return;
          if (result.data && !result.error) {
            setState({ data: result.data.savedChecklists, error: undefined, loading: false });
          } else {
            setState((p) => ({ ...p, error: toUserFacingError(result.error), loading: false }));
          }
        },
        (error: unknown) => {
          if (current !== run.current) return;
          setState((p) => ({ ...p, error: toUserFacingError(error), loading: false }));
        },
      );
  }, [enabled]);
  useDidShow(load);
  return { ...state, reload: load };
}

function SavedRow({ saved, onRemoved }: { saved: Saved; onRemoved: () => void }) {
  const status = savedStatus(saved);
  const date = formatSavedAt(saved.updatedAt);
  const open = () => openChecklist(saved.kind, saved.code);
  const remove = async () => {
    const confirmed = await confirmDanger({
      title: s.removeTitle,
      content: s.removeContent(saved.title),
      confirmText: s.removeConfirm,
      cancelText: s.cancel,
    });
    if (!confirmed) return;
    const result = await runMutation(DeleteSavedChecklistMutation, { id: saved.id });
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 });
      return;
    }
    void Taro.showToast({ title: s.removed, icon: 'none' });
    onRemoved();
  };
  return (
    <View
      className="saved-checklist"
      data-testid="saved-checklist"
      data-kind={saved.kind}
      data-code={saved.code}
      {...a11y({ role: 'listitem' })}
    >
      <Text
        className="saved-checklist__title"
        data-testid="saved-checklist-title"
        {...a11y({ role: 'heading', level: 3 })}
      >
        {saved.title}
      </Text>
      <View className="saved-checklist__facts">
        <Text
          className={`saved-checklist__status saved-checklist__status--${status.tone}`}
          data-testid="saved-checklist-status"
          data-tone={status.tone}
          data-missing={saved.missingCount ?? ''}
        >
          {status.text}
        </Text>
        {date && (
          <Text className="saved-checklist__date" data-testid="saved-checklist-date">
            {s.updatedAt(date)}
          </Text>
        )}
      </View>
      <View className="saved-checklist__actions">
        {saved.available && (
          <Button
            className="account-button account-button--primary saved-checklist__action"
            data-testid="saved-checklist-open"
            onClick={open}
            {...a11y({ label: s.openLabel(saved.title, status.text) })}
          >
            {s.open}
          </Button>
        )}
        <Button
          className="account-button account-button--danger saved-checklist__action"
          data-testid="saved-checklist-delete"
          onClick={() => void remove()}
          {...a11y({ label: s.removeLabel(saved.title) })}
        >
          {s.remove}
        </Button>
      </View>
    </View>
  );
}

/** 已存清单: the self-check checklists kept on the citizen's account, newest first. */
function SavedChecklistsPage() {
  const session = useSession();
  const list = useSavedChecklists(session !== null);
  const rows = list.data ?? [];

  let body;
  if (!session) {
    body = (
      <StateView
        kind="empty"
        message={a.loginFirst}
        actionText={a.toLogin}
        onAction={() => switchTab('me')}
      />
    );
  } else if (list.loading && !list.data) {
    body = <StateView kind="loading" message={a.loading} />;
  } else if (list.error && !list.data) {
    body = (
      <StateView
        kind="error"
        message={list.error.message}
        actionText={a.retry}
        onAction={list.reload}
      />
    );
  } else if (rows.length === 0) {
    body = (
      <View className="section">
        <View className="card" data-testid="saved-checklists-empty">
          <Text className="saved-checklists-empty__title">{s.emptyTitle}</Text>
          <Text className="account-intro">{s.emptyText}</Text>
          <Button
            className="account-button account-button--primary"
            data-testid="saved-checklists-to-services"
            onClick={() => switchTab('services')}
          >
            {s.toServices}
          </Button>
        </View>
      </View>
    );
  } else {
    body = (
      <View className="section">
        <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
          {s.listTitle}
        </Text>
        <View className="card saved-checklists-list" {...a11y({ role: 'list' })}>
          {rows.map((saved) => (
            <SavedRow key={saved.id} saved={saved} onRemoved={list.reload} />
          ))}
        </View>
      </View>
    );
  }

  return (
    <PageShell className="saved-checklists">
      <View className="section">
        <Text className="account-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <Text className="account-intro">{s.intro}</Text>
      </View>
      {body}
    </PageShell>
  );
}

export default SavedChecklistsPage;
