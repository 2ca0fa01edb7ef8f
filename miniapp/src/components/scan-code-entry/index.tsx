import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { manualCodeEntry, type ManualCodeEntry } from '@/services/scan-code';
import { a11y } from '@/utils/a11y';
import { scanCodeEntryStrings as s } from './strings';
import './index.scss';

/** The longest text accepted (our codes are < 100 characters; parseScannedCode refuses > 200). */
const MAX_LENGTH = 200;

export interface ScanCodeEntryProps {
  /** For tests; the app's one store by default. */
  entry?: ManualCodeEntry;
}

/**
 * H5's stand-in for the camera (see services/scan-code.ts): while a `scanCode()` waits, a panel
 * at the bottom of the page asks for the text under the QR code — paste or type it, 确定 (or
 * Enter), or 取消. Renders nothing otherwise, and never in WeChat (which scans with the camera).
 * Put it once inside the page's `<PageShell>`. Test ids: `scan-code-entry`, `scan-code-input`,
 * `scan-code-submit`, `scan-code-cancel`.
 */
export function ScanCodeEntry({ entry = manualCodeEntry }: ScanCodeEntryProps) {
  const request = useSyncExternalStore(entry.subscribe, entry.getSnapshot, entry.getSnapshot);
  const [text, setText] = useState('');
  const requestId = request?.id ?? 0;

  useEffect(() => entry.attach(), [entry]);
  useEffect(() => setText(''), [requestId]);

  if (!request) return null;
  const submit = () => {
    if (text.trim().length === 0) return;
    entry.answer(text);
  };
  const cancel = () => entry.answer(null);
  const empty = text.trim().length === 0;

  return (
    <View
      className="scan-entry"
      data-testid="scan-code-entry"
      {...(process.env.TARO_ENV === 'h5'
        ? { role: 'dialog', 'aria-label': request.title }
        : a11y({ label: request.title }))}
    >
      <Text className="scan-entry__title" {...a11y({ role: 'heading', level: 2 })}>
        {request.title}
      </Text>
      <Text className="scan-entry__hint">{request.hint}</Text>
      <Input
        // A new box for every request (uncontrolled: what was typed for the last one is gone).
        key={request.id}
        className="scan-entry__input"
        type="text"
        focus
        placeholder={s.placeholder}
        placeholderClass="scan-entry__placeholder"
        maxlength={MAX_LENGTH}
        confirmType="done"
        onInput={(e) => setText(e.detail.value)}
        onConfirm={submit}
        data-testid="scan-code-input"
        {...a11y({ label: `${request.title}：${s.placeholder}` })}
      />
      <View className="scan-entry__actions">
        <Button
          className="scan-entry__button scan-entry__button--secondary"
          data-testid="scan-code-cancel"
          onClick={cancel}
          {...a11y({ role: 'button', onActivate: cancel })}
        >
          {s.cancel}
        </Button>
        <Button
          className={`scan-entry__button scan-entry__button--primary${empty ? ' scan-entry__button--empty' : ''}`}
          data-testid="scan-code-submit"
          onClick={submit}
          {...a11y({ role: 'button', onActivate: submit })}
          {...(empty && process.env.TARO_ENV === 'h5' ? { 'aria-disabled': 'true' } : {})}
        >
          {s.submit}
        </Button>
      </View>
    </View>
  );
}
