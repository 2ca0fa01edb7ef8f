import Taro from '@tarojs/taro';

/**
 * Scanning a QR code, on both targets:
 *
 * - weapp: WeChat's camera scanner (`Taro.scanCode({ onlyFromCamera: true })` — from the camera
 *   only, so a photo of yesterday's code saved in the album is not an easy way in).
 * - H5: browsers get no camera scanning from Taro, so the citizen pastes or types the text shown
 *   under the code instead. The page renders `<ScanCodeEntry />` (components/scan-code-entry)
 *   once; `scanCode()` opens it and resolves with what was entered. A page without it falls back
 *   to the browser's own prompt.
 *
 * Usage (the same code on both targets):
 * ```tsx
 * const content = await scanCode({ title: '输入签到码' });
 * if (content === null) return;                 // cancelled
 * const code = parseScannedCode(content);       // @shizhong/domain: which code, which hall
 * …
 * return <>…<ScanCodeEntry /></>;
 * ```
 */

export interface ScanCodeOptions {
  /** H5 only: the title of the entry box (default 「输入二维码内容」). */
  title?: string;
  /** H5 only: what to paste or type, under the title. */
  hint?: string;
}

/** Scanning failed for another reason than the user's cancelling; `message` is Chinese. */
export class ScanCodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanCodeError';
  }
}

export const scanCodeStrings = {
  title: '输入二维码内容',
  hint: '网页版不能使用摄像头扫码。请复制二维码下方的文字，粘贴到这里（也可以照着输入）。',
  cameraFailed: '无法打开扫码，请在微信设置中允许使用摄像头后重试',
} as const;

/** Whether `scanCode()` opens a camera (weapp) or asks for the text (H5). */
export function canScanWithCamera(): boolean {
  return process.env.TARO_ENV !== 'h5';
}

/**
 * Scans a QR code: its text, or null when the user cancelled (closed the scanner, or the entry
 * box in H5). Rejects with `ScanCodeError` when the camera cannot be used (permission refused).
 * The text is returned as scanned; read it with `parseScannedCode` from `@shizhong/domain`.
 */
export async function scanCode(options: ScanCodeOptions = {}): Promise<string | null> {
  if (!canScanWithCamera()) return manualCodeEntry.request(options);
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return result.result;
  } catch (error) {
    if (isCancel(error)) return null;
    throw new ScanCodeError(scanCodeStrings.cameraFailed);
  }
}

function isCancel(error: unknown): boolean {
  const errMsg =
    typeof error === 'object' && error !== null && 'errMsg' in error
      ? String((error as { errMsg: unknown }).errMsg)
      : '';
  return /cancel/i.test(errMsg);
}

/** What the H5 entry box shows while a `scanCode()` waits for it. */
export interface ManualCodeRequest {
  /** Changes with every request (a new request clears the box). */
  id: number;
  title: string;
  hint: string;
}

interface Pending {
  request: ManualCodeRequest;
  resolve: (content: string | null) => void;
}

/**
 * The H5 fallback as a tiny external store (`useSyncExternalStore`): `request` opens it and
 * waits; the mounted entry box shows the current request and `answer`s it. A second request
 * while one is open answers the first with null.
 */
export function createManualCodeEntry(prompt: (message: string) => string | null) {
  let pending: Pending | null = null;
  let nextId = 1;
  let attached = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  /** The entry box's answer: the text entered, or null for 取消. */
  const answer = (content: string | null): void => {
    if (!pending) return;
    const { resolve } = pending;
    pending = null;
    notify();
    resolve(content);
  };

  return {
    getSnapshot: (): ManualCodeRequest | null => pending?.request ?? null,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** An entry box is on the page; returns its detach function. */
    attach(): () => void {
      attached += 1;
      return () => {
        attached -= 1;
        // The last box left (the page closed) with a request open: nobody can answer it now.
        if (attached === 0) answer(null);
      };
    },
    request(options: ScanCodeOptions = {}): Promise<string | null> {
      const title = options.title ?? scanCodeStrings.title;
      const hint = options.hint ?? scanCodeStrings.hint;
      if (attached === 0) {
        // No entry box on this page: the browser's own prompt (null when dismissed).
        return Promise.resolve(prompt(`${title}\n${hint}`));
      }
      pending?.resolve(null);
      return new Promise((resolve) => {
        pending = { request: { id: nextId, title, hint }, resolve };
        nextId += 1;
        notify();
      });
    },
    answer,
  };
}

export type ManualCodeEntry = ReturnType<typeof createManualCodeEntry>;

export const manualCodeEntry: ManualCodeEntry = createManualCodeEntry((message) =>
  typeof window !== 'undefined' && typeof window.prompt === 'function'
    ? window.prompt(message)
    : null,
);
