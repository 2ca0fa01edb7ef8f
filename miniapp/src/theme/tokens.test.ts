import { contrastRatio } from './contrast';
import {
  careTokens,
  normalTokens,
  scaleFonts,
  TEXT_COLOR_PAIRS,
  tokensToCssVars,
  type ThemeTokens,
} from './tokens';

const sets: Array<[string, ThemeTokens]> = [
  ['normal', normalTokens],
  ['care', careTokens],
];

describe('care token set (MIIT 适老化)', () => {
  it('uses body text of at least 18 px, and every text size ≥ 18 px', () => {
    expect(careTokens.font.body).toBeGreaterThanOrEqual(18);
    for (const size of Object.values(careTokens.font)) expect(size).toBeGreaterThanOrEqual(18);
  });

  it('has largest text of at least 30 px', () => {
    expect(Math.max(...Object.values(careTokens.font))).toBeGreaterThanOrEqual(30);
  });

  it('uses line height ≥ 1.3 and tap targets ≥ 60 px', () => {
    for (const lh of Object.values(careTokens.lineHeight)) expect(lh).toBeGreaterThanOrEqual(1.3);
    expect(careTokens.tapTarget).toBeGreaterThanOrEqual(60);
  });

  it('is larger than the normal set everywhere', () => {
    for (const key of Object.keys(normalTokens.font) as Array<keyof ThemeTokens['font']>) {
      expect(careTokens.font[key]).toBeGreaterThan(normalTokens.font[key]);
    }
  });
});

describe('normal token set', () => {
  it('has tap targets ≥ 44 px', () => {
    expect(normalTokens.tapTarget).toBeGreaterThanOrEqual(44);
  });
});

describe.each(sets)('%s colours', (_name, tokens) => {
  it.each(TEXT_COLOR_PAIRS.map(([fg, bg]) => [fg, bg]))('%s on %s ≥ 4.5:1', (fg, bg) => {
    expect(contrastRatio(tokens.color[fg], tokens.color[bg])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('tokensToCssVars', () => {
  it('emits px sizes and kebab-case colour names', () => {
    const vars = tokensToCssVars(careTokens);
    expect(vars['--sz-font-body']).toBe('20px');
    expect(vars['--sz-tap-target']).toBe('64px');
    expect(vars['--sz-color-text-muted']).toBe(careTokens.color.textMuted);
    expect(vars['--sz-lh-body']).toBe('1.5');
  });
});

describe('scaleFonts (WeChat fontSizeScaleFactor)', () => {
  it('grows text only, clamped to the maximum factor', () => {
    const scaled = scaleFonts(normalTokens, 2);
    expect(scaled.font.body).toBe(Math.round(normalTokens.font.body * 1.4));
    expect(scaled.tapTarget).toBe(normalTokens.tapTarget);
  });

  it('never shrinks and ignores invalid factors', () => {
    expect(scaleFonts(careTokens, 0.8)).toBe(careTokens);
    expect(scaleFonts(careTokens, Number.NaN)).toBe(careTokens);
  });
});
