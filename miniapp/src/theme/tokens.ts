/**
 * Design tokens. Every size and colour used by pages comes from here and reaches the styles as
 * CSS variables (see `tokensToCssVars` and `<PageShell>`), so care mode is a second token set,
 * not `if (care)` checks scattered in pages.
 *
 * Sizes are CSS px numbers. They are emitted from TypeScript as inline CSS variables, so Taro's
 * pxtransform never rewrites them: 18 means 18 CSS px in H5 and in WeChat alike.
 */

export interface ColorTokens {
  /** Page background. */
  bg: string;
  /** Cards, lists, inputs. */
  surface: string;
  /** Main text on bg/surface. */
  text: string;
  /** Secondary text on bg/surface (still ≥ 4.5:1, never light grey). */
  textMuted: string;
  /** Hairlines and input borders (not text). */
  border: string;
  primary: string;
  /** Text/icons drawn on `primary`. */
  onPrimary: string;
  /** Soft primary background (selected states, header). */
  primarySoft: string;
  /** Text drawn on `primarySoft`. */
  onPrimarySoft: string;
  badgeOnlineBg: string;
  badgeOnlineText: string;
  badgeVisitBg: string;
  badgeVisitText: string;
  badgeDaysBg: string;
  badgeDaysText: string;
  noticeBg: string;
  noticeText: string;
  errorText: string;
  /** Icon glyph squares of the entry grids; text on them is `onGlyph`. */
  glyphBlue: string;
  glyphGreen: string;
  glyphOrange: string;
  glyphPurple: string;
  onGlyph: string;
}

export interface FontTokens {
  /** Small print: dates, departments, badges. */
  caption: number;
  /** Body text. */
  body: number;
  /** List item names, card titles. */
  title: number;
  /** Section headings. */
  heading: number;
  /** The largest text on a page (hall name, big actions). */
  display: number;
}

export interface ThemeTokens {
  name: 'normal' | 'care';
  color: ColorTokens;
  font: FontTokens;
  lineHeight: { body: number; heading: number };
  space: { xs: number; sm: number; md: number; lg: number; xl: number };
  radius: { sm: number; md: number; lg: number };
  /** Minimum width/height of anything tappable. */
  tapTarget: number;
  /** Entry-grid glyph square. */
  iconSize: number;
  /** Weight for headings and names (care mode avoids thin strokes). */
  fontWeightStrong: number;
}

export const normalTokens: ThemeTokens = {
  name: 'normal',
  color: {
    bg: '#f3f5f8',
    surface: '#ffffff',
    text: '#1a1f29',
    textMuted: '#4a5363',
    border: '#d5dae2',
    primary: '#1759c4',
    onPrimary: '#ffffff',
    primarySoft: '#e8f0fe',
    onPrimarySoft: '#123f8c',
    badgeOnlineBg: '#e4f4ea',
    badgeOnlineText: '#11643a',
    badgeVisitBg: '#e8f0fe',
    badgeVisitText: '#1a4fa8',
    badgeDaysBg: '#fff3df',
    badgeDaysText: '#7f4300',
    noticeBg: '#fff3df',
    noticeText: '#6b3800',
    errorText: '#b3261e',
    glyphBlue: '#1759c4',
    glyphGreen: '#137246',
    glyphOrange: '#b04a0c',
    glyphPurple: '#6f3ab0',
    onGlyph: '#ffffff',
  },
  font: { caption: 13, body: 15, title: 16, heading: 18, display: 22 },
  lineHeight: { body: 1.5, heading: 1.3 },
  space: { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 },
  radius: { sm: 4, md: 8, lg: 12 },
  tapTarget: 44,
  iconSize: 44,
  fontWeightStrong: 600,
};

export const careTokens: ThemeTokens = {
  name: 'care',
  color: {
    bg: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    textMuted: '#262c36',
    border: '#5c6370',
    primary: '#0b47a8',
    onPrimary: '#ffffff',
    primarySoft: '#e3ecfb',
    onPrimarySoft: '#0a3580',
    badgeOnlineBg: '#dcf1e3',
    badgeOnlineText: '#0a4d2b',
    badgeVisitBg: '#e3ecfb',
    badgeVisitText: '#0a3580',
    badgeDaysBg: '#ffeccc',
    badgeDaysText: '#5c2f00',
    noticeBg: '#ffeccc',
    noticeText: '#4d2700',
    errorText: '#8c1c15',
    glyphBlue: '#0b47a8',
    glyphGreen: '#0d5c37',
    glyphOrange: '#8f3a06',
    glyphPurple: '#5a2c94',
    onGlyph: '#ffffff',
  },
  font: { caption: 18, body: 20, title: 22, heading: 24, display: 30 },
  lineHeight: { body: 1.5, heading: 1.35 },
  space: { xs: 6, sm: 10, md: 16, lg: 20, xl: 28 },
  radius: { sm: 6, md: 10, lg: 14 },
  tapTarget: 64,
  iconSize: 60,
  fontWeightStrong: 700,
};

/**
 * Every text-colour / background-colour pair the UI draws. The unit tests check each pair
 * against WCAG 4.5:1 in both token sets; add a pair here when a style uses a new combination.
 */
export const TEXT_COLOR_PAIRS: ReadonlyArray<readonly [keyof ColorTokens, keyof ColorTokens]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['textMuted', 'bg'],
  ['textMuted', 'surface'],
  ['primary', 'surface'],
  ['primary', 'bg'],
  ['onPrimary', 'primary'],
  ['onPrimarySoft', 'primarySoft'],
  ['badgeOnlineText', 'badgeOnlineBg'],
  ['badgeVisitText', 'badgeVisitBg'],
  ['badgeDaysText', 'badgeDaysBg'],
  ['noticeText', 'noticeBg'],
  ['errorText', 'surface'],
  ['errorText', 'bg'],
  ['onGlyph', 'glyphBlue'],
  ['onGlyph', 'glyphGreen'],
  ['onGlyph', 'glyphOrange'],
  ['onGlyph', 'glyphPurple'],
];

export function getTokens(careMode: boolean): ThemeTokens {
  return careMode ? careTokens : normalTokens;
}

/**
 * Applies WeChat's own font setting (`fontSizeScaleFactor`). Only text grows; the factor is
 * clamped to [1, maxFactor] so layouts stay within a 360 px screen.
 */
export function scaleFonts(tokens: ThemeTokens, factor: number, maxFactor = 1.4): ThemeTokens {
  const f = Number.isFinite(factor) ? Math.min(Math.max(factor, 1), maxFactor) : 1;
  if (f === 1) return tokens;
  const font = Object.fromEntries(
    Object.entries(tokens.font).map(([k, v]) => [k, Math.round(v * f)]),
  ) as unknown as FontTokens;
  return { ...tokens, font };
}

const CSS_VAR_PREFIX = '--sz';

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Flattens tokens into CSS custom properties, e.g. `--sz-font-body: 20px`,
 * `--sz-color-text-muted: #262c36`, `--sz-tap-target: 64px`.
 */
export function tokensToCssVars(tokens: ThemeTokens): Record<string, string> {
  const vars: Record<string, string> = {};
  const groups: Array<[string, Record<string, number | string>, (v: number | string) => string]> = [
    ['color', { ...tokens.color }, String],
    ['font', { ...tokens.font }, (v) => `${v}px`],
    ['lh', { ...tokens.lineHeight }, String],
    ['space', { ...tokens.space }, (v) => `${v}px`],
    ['radius', { ...tokens.radius }, (v) => `${v}px`],
  ];
  for (const [group, values, format] of groups) {
    for (const [key, value] of Object.entries(values)) {
      vars[`${CSS_VAR_PREFIX}-${group}-${kebab(key)}`] = format(value);
    }
  }
  vars[`${CSS_VAR_PREFIX}-tap-target`] = `${tokens.tapTarget}px`;
  vars[`${CSS_VAR_PREFIX}-icon-size`] = `${tokens.iconSize}px`;
  vars[`${CSS_VAR_PREFIX}-weight-strong`] = String(tokens.fontWeightStrong);
  return vars;
}
