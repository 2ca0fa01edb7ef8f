import { Text, View } from '@tarojs/components';
import { ActionButton } from '@/subpackages/booking/components/action-button';
import { Notice } from '@/subpackages/booking/components/step-header';
import { a11y, type A11yProps } from '@/utils/a11y';
import type { CategoryRow } from '../model/category-view';
import type { RefusalNext, TakeMethod } from '../model/take';
import { queueStrings as s } from '../strings';

export type TakeBusy = 'scanning' | 'locating' | 'taking' | null;

export interface TakeNotice {
  text: string;
  tone: 'error' | 'info';
  next: RefusalNext;
}

function switchProps(on: boolean, toggle: () => void, label: string): A11yProps {
  if (process.env.TARO_ENV !== 'h5') return a11y({ role: 'switch', label });
  return {
    role: 'switch',
    'aria-checked': on ? 'true' : 'false',
    'aria-label': label,
    tabIndex: 0,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        toggle();
      }
    },
  };
}

/**
 * Under the chosen category: how to take the number — 远程取号 (the location, asked once, with
 * what it is for on the button) or 扫码取号 (the door code in the hall) — and 长者优先 for
 * citizens of 70 and over. A refusal of the BFF shows here, with what to do next.
 */
export function TakePanel({
  row,
  elderlyEligible,
  elderly,
  onElderly,
  busy,
  notice,
  onTake,
  onMine,
  onRealName,
  onClose,
}: {
  row: CategoryRow;
  elderlyEligible: boolean;
  elderly: boolean;
  onElderly: (on: boolean) => void;
  busy: TakeBusy;
  notice: TakeNotice | null;
  onTake: (method: TakeMethod) => void;
  onMine: () => void;
  onRealName: () => void;
  onClose: () => void;
}) {
  const working = busy !== null;
  const toggle = () => onElderly(!elderly);
  const suggestScan = notice?.next === 'scan';
  return (
    <View
      id="queue-take-panel"
      className="card q-panel"
      data-testid="queue-take-panel"
      data-code={row.code}
    >
      <Text className="q-panel__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.howToTake(row.title)}
      </Text>
      {elderlyEligible && (
        <View
          className={`q-switch${elderly ? ' q-switch--on' : ''}`}
          data-testid="queue-elderly"
          data-on={elderly ? 'true' : 'false'}
          onClick={toggle}
          {...switchProps(elderly, toggle, s.elderlyLabel(elderly))}
        >
          <View className="q-switch__text" {...a11y({ hidden: true })}>
            <Text className="q-switch__title">{s.elderly}</Text>
            <Text className="q-switch__hint">{s.elderlyHint}</Text>
          </View>
          <View className="q-switch__track" {...a11y({ hidden: true })}>
            <View className="q-switch__thumb" />
          </View>
        </View>
      )}
      <ActionButton
        testId="queue-take-remote"
        tone={suggestScan ? 'secondary' : 'primary'}
        disabled={working}
        text={busy === 'locating' ? s.locating : busy === 'taking' ? s.taking : s.remoteTake}
        label={s.remoteTakeLabel}
        onTap={() => onTake('REMOTE')}
      />
      <Text className="q-panel__hint">{s.remoteTakeHint}</Text>
      <ActionButton
        testId="queue-take-scan"
        tone={suggestScan ? 'primary' : 'secondary'}
        disabled={working}
        text={busy === 'scanning' ? s.scanning : s.scanTake}
        label={`${s.scanTake}，${s.scanTakeHint}`}
        onTap={() => onTake('SCAN')}
      />
      <Text className="q-panel__hint">{s.scanTakeHint}</Text>
      {notice && <Notice text={notice.text} tone={notice.tone} testId="queue-take-notice" />}
      {notice?.next === 'mine' && (
        <ActionButton testId="queue-take-to-mine" text={s.toMine} onTap={onMine} />
      )}
      {notice?.next === 'realName' && (
        <ActionButton testId="queue-take-real-name" text={s.toRealName} onTap={onRealName} />
      )}
      <ActionButton
        tone="secondary"
        testId="queue-take-close"
        disabled={working}
        text={s.closeChoice}
        onTap={onClose}
      />
    </View>
  );
}
