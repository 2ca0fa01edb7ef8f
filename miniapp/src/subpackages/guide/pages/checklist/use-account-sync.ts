import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserFacingError } from '@/api/errors';
import type { ChecklistAccount } from './checklist-account';
import { isEmptyProgress, progressForTemplate, type ChecklistProgress } from './checklist-progress';
import type { ChecklistTemplateData } from './checklist-model';
import type { ChecklistSubject } from './navigation';

/** Quiet time after the last tap before the list is sent to the account. */
export const ACCOUNT_SAVE_DELAY_MS = 800;

export type AccountSyncStatus =
  /** Not signed in as a citizen: the list is kept on the device only. */
  | { kind: 'off' }
  /** Reading the account's copy. */
  | { kind: 'loading' }
  /** Signed in, nothing saved on the account yet. */
  | { kind: 'ready' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface AccountSyncOptions {
  subject: ChecklistSubject;
  template: ChecklistTemplateData;
  /** Signed in as a citizen. */
  enabled: boolean;
  account: ChecklistAccount;
  /** The list as shown now, and when the device copy was last changed (epoch ms). */
  current: () => ChecklistProgress;
  deviceSavedAt: () => number | null;
  /** The account's copy is newer than the device's: show it (and keep it on the device). */
  applyFromAccount: (progress: ChecklistProgress, updatedAt: number) => void;
  /** `progress` reached the account at `updatedAt`. */
  onSaved: (progress: ChecklistProgress, updatedAt: number) => void;
}

/**
 * Keeps a signed-in citizen's checklist on their account as well as on the device. On opening,
 * the newer copy wins: the account's is shown, or the device's is sent up. Changes are sent
 * after {@link ACCOUNT_SAVE_DELAY_MS} of quiet, one request at a time (the newest wins), and
 * at once when the page is left.
 */
export function useAccountSync(options: AccountSyncOptions) {
  const { enabled, account } = options;
  const { kind, code } = options.subject;
  const [status, setStatus] = useState<AccountSyncStatus>({ kind: enabled ? 'loading' : 'off' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(options);
  latest.current = options;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<ChecklistProgress | null>(null);
  const inFlight = useRef(false);
  const queued = useRef<ChecklistProgress | null>(null);
  const touched = useRef(false);
  const generation = useRef(0);

  const send = useCallback(
    (progress: ChecklistProgress) => {
      if (inFlight.current) {
        queued.current = progress;
        return;
      }
      inFlight.current = true;
      const run = generation.current;
      setStatus({ kind: 'saving' });
      const { template, subject } = latest.current;
      account
        .save(subject, progressForTemplate(progress, template))
        .then(
          ({ updatedAt }) => {
            if (run !== generation.current) return;
            latest.current.onSaved(progress, updatedAt);
            if (!queued.current) setStatus({ kind: 'saved' });
          },
          (error: unknown) => {
            if (run !== generation.current) return;
            if (!queued.current) {
              setStatus({ kind: 'failed', message: toUserFacingError(error).message });
            }
          },
        )
        .finally(() => {
          inFlight.current = false;
          const next = queued.current;
          queued.current = null;
          if (next && run === generation.current) send(next);
        });
    },
    [account],
  );

  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const progress = pending.current;
    pending.current = null;
    if (progress) send(progress);
  }, [send]);

  // On opening (and after signing in, or a retry): the newer copy wins.
  useEffect(() => {
    generation.current += 1;
    const run = generation.current;
    touched.current = false;
    if (!enabled) {
      setStatus({ kind: 'off' });
      return;
    }
    setStatus({ kind: 'loading' });
    account.load({ kind, code }).then(
      (remote) => {
        if (run !== generation.current || touched.current) return;
        const { current, deviceSavedAt, applyFromAccount, template } = latest.current;
        const deviceAt = deviceSavedAt();
        const local = current();
        if (remote && (deviceAt === null || remote.updatedAt >= deviceAt)) {
          applyFromAccount(progressForTemplate(remote, template), remote.updatedAt);
          setStatus({ kind: 'saved' });
        } else if (!isEmptyProgress(local)) {
          send(local);
        } else {
          setStatus({ kind: remote ? 'saved' : 'ready' });
        }
      },
      (error: unknown) => {
        if (run !== generation.current || touched.current) return;
        setStatus({ kind: 'failed', message: toUserFacingError(error).message });
      },
    );
    return () => {
      // Leaving (or signing out): what is waiting still goes to the account it was made for.
      if (timer.current !== undefined) flush();
    };
  }, [enabled, account, kind, code, attempt, flush, send]);

  useDidHide(flush);

  /** The citizen changed the list: send it to the account after a quiet moment. */
  const changed = useCallback(
    (progress: ChecklistProgress) => {
      if (!latest.current.enabled) return;
      touched.current = true;
      pending.current = progress;
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        pending.current = null;
        send(progress);
      }, ACCOUNT_SAVE_DELAY_MS);
      setStatus({ kind: 'saving' });
    },
    [send],
  );

  /** After a failure: read the account again (and send the list if it is newer). */
  const retry = useCallback(() => {
    if (touched.current) send(latest.current.current());
    else setAttempt((n) => n + 1);
  }, [send]);

  return { status, changed, retry };
}
