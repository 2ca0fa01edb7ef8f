import { contrastRatio, parseHexColor, relativeLuminance } from './contrast';

describe('WCAG contrast', () => {
  it('parses short and long hex colours', () => {
    expect(parseHexColor('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColor('#1759C4')).toEqual([0x17, 0x59, 0xc4]);
    expect(() => parseHexColor('rgb(0,0,0)')).toThrow('Not a hex colour');
  });

  it('gives luminance 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('matches known WCAG reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes 4.5:1" grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#1759c4', '#f3f5f8')).toBeCloseTo(
      contrastRatio('#f3f5f8', '#1759c4'),
      10,
    );
  });
});
