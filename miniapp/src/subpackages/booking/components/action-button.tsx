import { Button } from '@tarojs/components';
import { a11y } from '@/utils/a11y';

export interface ActionButtonProps {
  text: string;
  onTap: () => void;
  tone?: 'primary' | 'secondary' | 'danger';
  testId?: string;
  disabled?: boolean;
  /** A longer screen-reader name, when the text alone does not say what it acts on. */
  label?: string;
  className?: string;
}

/**
 * A Taro button that keyboard and switch users can reach in H5 too: Taro's `taro-button-core`
 * is not focusable by itself, so it gets role, tab stop and Enter/Space (a11y()). `disabled` is
 * set only while it applies (Taro H5 styles any `disabled` attribute as faded).
 */
export function ActionButton({
  text,
  onTap,
  tone = 'primary',
  testId,
  disabled = false,
  label,
  className,
}: ActionButtonProps) {
  const activate = () => {
    if (!disabled) onTap();
  };
  return (
    <Button
      className={`bk-button bk-button--${tone}${disabled ? ' bk-button--disabled' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      {...(disabled ? { disabled: true } : {})}
      onClick={activate}
      {...a11y({ role: 'button', label, onActivate: activate })}
      {...(disabled && process.env.TARO_ENV === 'h5' ? { 'aria-disabled': 'true' } : {})}
    >
      {text}
    </Button>
  );
}
