import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useEffect, useMemo } from 'react';
import { tokensToCssVars } from '@/theme/tokens';
import { useTheme } from '@/theme/use-theme';
import './index.scss';

export interface PageShellProps {
  children: ReactNode;
  className?: string;
}

/**
 * H5: Taro scrolls each page inside its own container, which keyboard users can only scroll when
 * it can take focus (axe: scrollable-region-focusable) — Taro's buttons are not focusable there.
 */
function makePagesKeyboardScrollable(): void {
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))) {
    if (!page.hasAttribute('tabindex')) page.setAttribute('tabindex', '0');
  }
}

/**
 * Root of every page: sets the active token set as CSS variables and the `page--care` class,
 * so switching care mode restyles the page without the page knowing about it.
 */
export function PageShell({ children, className }: PageShellProps) {
  const { careMode, tokens } = useTheme();
  const style = useMemo(() => tokensToCssVars(tokens), [tokens]);
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') makePagesKeyboardScrollable();
  }, []);
  const classes = ['page', careMode ? 'page--care' : 'page--normal', className]
    .filter(Boolean)
    .join(' ');
  return (
    <View className={classes} style={style} data-care-mode={careMode ? 'on' : 'off'}>
      {children}
    </View>
  );
}
