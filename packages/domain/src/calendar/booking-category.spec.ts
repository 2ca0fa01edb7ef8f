import { bookingCategoryOfItem, bookingCategoryOfTheme } from './booking-category';

const CATEGORIES = [
  { code: 'A', name: '综合受理', zoneName: '综合受理区' },
  { code: 'B', name: '开办企业', zoneName: '开办企业专区' },
  { code: 'C', name: '社保医保', zoneName: '民生服务区' },
  { code: 'D', name: '不动产登记', zoneName: '民生服务区' },
  { code: 'H', name: '工程建设', zoneName: '审批服务区' },
];

describe('booking category of an item or theme', () => {
  it('uses the category an item names, when the hall has it', () => {
    expect(bookingCategoryOfItem('D', CATEGORIES)).toBe('D');
    expect(bookingCategoryOfItem('Z', CATEGORIES)).toBeNull();
  });

  it('follows the window a theme is handled at', () => {
    expect(
      bookingCategoryOfTheme(
        { zone: '开办企业专区', window: 'B区 1-8号窗口（开办企业专区）' },
        CATEGORIES,
      ),
    ).toBe('B');
    expect(
      bookingCategoryOfTheme(
        { zone: '审批服务区', window: 'D区 “一件事一次办”综合受理1-6号窗口' },
        CATEGORIES,
      ),
    ).toBe('A');
    expect(
      bookingCategoryOfTheme(
        { zone: '民生服务区', window: 'D区 不动产登记1-16号窗口' },
        CATEGORIES,
      ),
    ).toBe('D');
  });

  it('falls back to the only category of the zone, then to the one-window desk', () => {
    expect(bookingCategoryOfTheme({ zone: '审批服务区', window: '5号窗口' }, CATEGORIES)).toBe('H');
    expect(
      bookingCategoryOfTheme(
        { zone: '民生服务区', window: 'A区 24号窗口（出生一件事）' },
        CATEGORIES,
      ),
    ).toBe('A');
    expect(bookingCategoryOfTheme({ zone: '民生服务区', window: '' }, [])).toBeNull();
  });
});
