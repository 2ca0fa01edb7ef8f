import { useMemo } from 'react';
import { useCareMode } from './care-mode';
import { getFontScaleFactor } from './font-scale';
import { getTokens, scaleFonts, type ThemeTokens } from './tokens';

export interface Theme {
  careMode: boolean;
  tokens: ThemeTokens;
}

export function useTheme(): Theme {
  const [careMode] = useCareMode();
  const tokens = useMemo(() => scaleFonts(getTokens(careMode), getFontScaleFactor()), [careMode]);
  return { careMode, tokens };
}
