import { Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import type { BookingStep } from '../model/refusal';
import { bookingStrings as s } from '../strings';
import { ActionButton } from './action-button';

export const STEP_ORDER: BookingStep[] = ['category', 'date', 'slot', 'person', 'confirm'];

/** 第2步，共5步 · 选择日期, with 上一步 when there is one. */
export function StepHeader({ step, onBack }: { step: BookingStep; onBack?: () => void }) {
  const index = STEP_ORDER.indexOf(step);
  return (
    <View className="bk-step" data-testid="booking-step" data-step={step}>
      <View className="bk-step__text">
        <Text className="bk-step__count">{s.stepOf(index + 1, STEP_ORDER.length)}</Text>
        <Text className="bk-step__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.steps[step]}
        </Text>
      </View>
      {onBack && (
        <ActionButton
          className="bk-step__back"
          tone="secondary"
          testId="booking-back"
          text={s.back}
          onTap={onBack}
        />
      )}
    </View>
  );
}

/** A message where it belongs (a refusal of the server, why a day cannot be chosen). */
export function Notice({
  text,
  tone = 'error',
  testId = 'booking-notice',
}: {
  text: string;
  tone?: 'error' | 'info' | 'success';
  testId?: string;
}) {
  return (
    <Text
      className={`bk-notice bk-notice--${tone}`}
      data-testid={testId}
      {...a11y({ role: 'status' })}
    >
      {text}
    </Text>
  );
}
