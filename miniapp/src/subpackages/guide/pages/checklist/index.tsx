import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import { a11y } from '@/utils/a11y';
import { ChecklistPageQuery, SharedChecklistPageQuery } from './checklist.graphql';
import { graphqlChecklistAccount, type ChecklistAccount } from './checklist-account';
import { checklistAsText, type ChecklistTemplateData } from './checklist-model';
import {
  loadProgress,
  loadSavedAt,
  saveProgress,
  withAnswer,
  withHeld,
  type ChecklistProgress,
  type KeyValueStorage,
} from './checklist-progress';
import { ChecklistView } from './checklist-view';
import {
  checklistUrl,
  parseKind,
  sharedChecklistLink,
  sharedChecklistPath,
  type ChecklistSubject,
} from './navigation';
import { shareChecklist } from './share';
import { checklistStrings as s } from './strings';
import { useAccountSync, type AccountSyncStatus } from './use-account-sync';
import './index.scss';

/** Answers and ticks are kept on the device (Taro storage), and on the account when signed in. */
export const deviceStorage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync<unknown>(key),
  set: (key, value) => Taro.setStorageSync(key, value),
};

function ChecklistPage() {
  const { params } = useRouter();
  const token = params.share ? decodeURIComponent(params.share) : '';
  const kind = parseKind(params.kind);
  const code = params.code ? decodeURIComponent(params.code) : '';
  if (token) return <SharedChecklistScreen token={token} />;
  if (!kind || !code) return <NotFound message={s.notFound} />;
  return <OwnChecklistScreen subject={{ kind, code }} />;
}

function NotFound({ message }: { message: string }) {
  return (
    <PageShell>
      <StateView
        kind="empty"
        message={message}
        actionText={s.backHome}
        onAction={() => switchTab('home')}
      />
    </PageShell>
  );
}

function Loading() {
  return (
    <PageShell>
      <StateView kind="loading" message={s.loading} />
    </PageShell>
  );
}

function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <PageShell>
      <StateView
        kind="error"
        message={s.loadFailed(message)}
        actionText={s.retry}
        onAction={onRetry}
      />
    </PageShell>
  );
}

function useNavigationTitle(title: string | undefined) {
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title: s.title(title) });
  }, [title]);
}

/** The applicant's own list: answer, tick, saved on the device (and the account), share. */
function OwnChecklistScreen({ subject }: { subject: ChecklistSubject }) {
  const query = useGraphqlQuery(ChecklistPageQuery, { subject });
  const template = query.data?.checklist ?? undefined;
  useNavigationTitle(template?.title);

  if (query.loading && !query.data) return <Loading />;
  if (query.error && !query.data) {
    return <LoadFailed message={query.error.message} onRetry={query.reload} />;
  }
  if (!template) return <NotFound message={s.notFound} />;
  return <OwnChecklist subject={subject} template={template} storage={deviceStorage} />;
}

export interface OwnChecklistProps {
  subject: ChecklistSubject;
  template: ChecklistTemplateData;
  storage: KeyValueStorage;
  /** Where a signed-in citizen's list is kept besides the device (the BFF by default). */
  account?: ChecklistAccount;
}

export function OwnChecklist({
  subject,
  template,
  storage,
  account = graphqlChecklistAccount,
}: OwnChecklistProps) {
  const session = useSession();
  const [progress, setProgress] = useState<ChecklistProgress>(() => loadProgress(storage, subject));
  const [link, setLink] = useState<string>();
  const [sharing, setSharing] = useState(false);
  const latest = useRef(progress);
  latest.current = progress;

  const sync = useAccountSync({
    subject,
    template,
    enabled: session?.user.role === 'CITIZEN',
    account,
    current: () => latest.current,
    deviceSavedAt: () => loadSavedAt(storage, subject),
    applyFromAccount: (next, updatedAt) => {
      latest.current = next;
      setProgress(next);
      saveProgress(storage, subject, next, updatedAt);
    },
    onSaved: (saved, updatedAt) => {
      // The device copy is the account's now: the same time on both, so neither looks newer.
      if (latest.current === saved) saveProgress(storage, subject, saved, updatedAt);
    },
  });
  const { changed } = sync;

  const update = useCallback(
    (next: ChecklistProgress) => {
      latest.current = next;
      setProgress(next);
      setLink(undefined);
      saveProgress(storage, subject, next);
      changed(next);
    },
    [storage, subject, changed],
  );

  const createShare = useCallback(
    () => shareChecklist(subject, latest.current.answers, latest.current.heldCodes),
    [subject],
  );

  // weapp: the share button (openType="share") and the menu's 转发 both land here.
  useShareAppMessage(() => {
    const title = s.shareCardTitle(template.title);
    return {
      title,
      // Used when the snapshot cannot be stored within 3 s: the subject's own (empty) list.
      path: checklistUrl(subject),
      promise: createShare().then((token) => ({ title, path: sharedChecklistPath(token) })),
    };
  });

  const shareInH5 = async () => {
    if (sharing) return;
    setSharing(true);
    try {
      const token = await createShare();
      const url = sharedChecklistLink(token, window.location);
      setLink(url);
      await Taro.setClipboardData({ data: url });
      void Taro.showToast({ title: s.linkCopied, icon: 'none' });
    } catch {
      void Taro.showToast({ title: s.shareFailed, icon: 'none' });
    } finally {
      setSharing(false);
    }
  };

  return (
    <PageShell className="checklist-page">
      <View className="checklist-head">
        <Text className="checklist-head__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title(template.title)}
        </Text>
        <Text className="checklist-head__intro">{s.intro}</Text>
        <SaveNote status={sync.status} signedIn={session !== null} onRetry={sync.retry} />
      </View>

      <ChecklistView
        template={template}
        answers={progress.answers}
        heldCodes={progress.heldCodes}
        onAnswer={(questionId, yes) => update(withAnswer(progress, questionId, yes))}
        onToggle={(code, held) => update(withHeld(progress, code, held))}
      />

      <View className="section checklist-actions">
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className="checklist-action" openType="share" data-testid="share-checklist">
            {s.share}
          </Button>
        ) : (
          <Button
            className="checklist-action"
            data-testid="share-checklist"
            onClick={() => void shareInH5()}
          >
            {sharing ? s.sharing : s.share}
          </Button>
        )}
        {link && (
          <View className="checklist-link card" data-testid="share-link-box">
            <Text className="checklist-note">{s.shareLinkTitle}</Text>
            <Text className="checklist-link__url" userSelect data-testid="share-link">
              {link}
            </Text>
          </View>
        )}
      </View>
    </PageShell>
  );
}

/** Where the list is kept: on the device only (with 登录后保存), or on the account too. */
function SaveNote({
  status,
  signedIn,
  onRetry,
}: {
  status: AccountSyncStatus;
  signedIn: boolean;
  onRetry: () => void;
}) {
  const note = (text: string) => (
    <Text className="checklist-note" data-testid="checklist-save-note" data-state={status.kind}>
      {text}
    </Text>
  );
  switch (status.kind) {
    case 'off':
      return (
        <View className="checklist-save">
          {note(s.savedOnDevice)}
          {!signedIn && (
            <Button
              className="checklist-save__action"
              data-testid="login-to-save"
              onClick={() => switchTab('me')}
              {...a11y({ label: s.loginToSaveLabel })}
            >
              {s.loginToSave}
            </Button>
          )}
        </View>
      );
    case 'loading':
      return note(s.accountLoading);
    case 'ready':
      return note(s.accountReady);
    case 'saving':
      return note(s.accountSaving);
    case 'saved':
      return note(s.savedToAccount);
    case 'failed':
      return (
        <View className="checklist-save">
          <Text
            className="checklist-save__error"
            data-testid="checklist-save-note"
            data-state="failed"
            {...a11y({ role: 'status' })}
          >
            {s.accountFailed(status.message)}
          </Text>
          <Button
            className="checklist-save__action"
            data-testid="retry-account-save"
            onClick={onRetry}
          >
            {s.accountRetry}
          </Button>
        </View>
      );
  }
}

/** A list a family member shared: read-only, with a plain-text copy. */
function SharedChecklistScreen({ token }: { token: string }) {
  const query = useGraphqlQuery(SharedChecklistPageQuery, { token });
  const shared = query.data?.sharedChecklist ?? undefined;
  useNavigationTitle(shared?.template.title);

  if (query.loading && !query.data) return <Loading />;
  if (query.error && !query.data) {
    return <LoadFailed message={query.error.message} onRetry={query.reload} />;
  }
  if (!shared) return <NotFound message={s.shareNotFound} />;
  return (
    <SharedChecklist
      template={shared.template}
      answers={shared.answers}
      heldCodes={shared.heldCodes}
    />
  );
}

export interface SharedChecklistProps {
  template: ChecklistTemplateData;
  answers: ReadonlyArray<{ questionId: string; yes: boolean }>;
  heldCodes: readonly string[];
}

export function SharedChecklist({ template, answers, heldCodes }: SharedChecklistProps) {
  const copy = async () => {
    try {
      await Taro.setClipboardData({ data: checklistAsText(template, answers, heldCodes) });
      void Taro.showToast({ title: s.listCopied, icon: 'none' });
    } catch {
      // The clipboard sheet was dismissed: nothing to report.
    }
  };
  return (
    <PageShell className="checklist-page">
      <View className="checklist-head">
        <Text className="checklist-shared-note" data-testid="shared-note">
          {s.sharedNote}
        </Text>
        <Text className="checklist-head__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title(template.title)}
        </Text>
      </View>
      <ChecklistView template={template} answers={answers} heldCodes={heldCodes} readOnly />
      <View className="section checklist-actions">
        <Button
          className="checklist-action"
          data-testid="copy-checklist"
          onClick={() => void copy()}
        >
          {s.copyList}
        </Button>
      </View>
    </PageShell>
  );
}

export default ChecklistPage;
