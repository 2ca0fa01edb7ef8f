import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11y, type A11yProps } from '@/utils/a11y';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** Spread on the visual texts inside a choice: the choice's label says it all. */
export const visualOnly: A11yProps = a11y({ hidden: true });

/**
 * Screen-reader props of something tappable that may be unavailable. WeChat reads the
 * `aria-label`. In H5 the name comes from a visually hidden text inside (see `Choice`), so the
 * name contains what is on screen in the order it is read; `aria-disabled` keeps an unavailable
 * choice focusable, so its reason can be heard and tapped for.
 */
export function choiceProps(label: string, disabled: boolean, activate: () => void): A11yProps {
  if (!IS_H5) return a11y({ role: 'button', label });
  const props = a11y({ role: 'button', onActivate: activate });
  if (disabled) props['aria-disabled'] = 'true';
  return props;
}

export interface ChoiceProps {
  label: string;
  disabled?: boolean;
  /** Called for every tap, also on a disabled choice (to say why it cannot be chosen). */
  onTap: () => void;
  className?: string;
  testId: string;
  data?: Record<string, string>;
  /** The visual content; mark its texts `visualOnly`. */
  children: ReactNode;
}

/** A big row or cell one taps to choose (category, day, slot, person). */
export function Choice({
  label,
  disabled = false,
  onTap,
  className,
  testId,
  data,
  children,
}: ChoiceProps) {
  const dataProps = Object.fromEntries(
    Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]),
  );
  const classes = ['bk-choice', disabled ? 'bk-choice--disabled' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <View
      className={classes}
      data-testid={testId}
      data-disabled={disabled ? 'true' : 'false'}
      data-label={label}
      {...dataProps}
      onClick={onTap}
      {...choiceProps(label, disabled, onTap)}
    >
      {IS_H5 && <Text className="bk-sr">{label}</Text>}
      {children}
    </View>
  );
}
