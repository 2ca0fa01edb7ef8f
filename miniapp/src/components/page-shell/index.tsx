import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { tokensToCssVars } from '@/theme/tokens';
import { useTheme } from '@/theme/use-theme';
import './index.scss';

export interface PageShellProps {
  children: ReactNode;
  className?: string;
}

/**
 * Root of every page: sets the active token set as CSS variables and the `page--care` class,
 * so switching care mode restyles the page without the page knowing about it.
 */
export function PageShell({ children, className }: PageShellProps) {
  const { careMode, tokens } = useTheme();
  const style = useMemo(() => tokensToCssVars(tokens), [tokens]);
  const classes = ['page', careMode ? 'page--care' : 'page--normal', className]
    .filter(Boolean)
    .join(' ');
  return (
    <View className={classes} style={style} data-care-mode={careMode ? 'on' : 'off'}>
      {children}
    </View>
  );
}
