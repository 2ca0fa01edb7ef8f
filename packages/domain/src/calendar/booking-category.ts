/**
 * Which business category (A 综合受理, B 开办企业, …) a booking starts with when the citizen
 * comes from a service item's or a 一件事 theme's page.
 */
export interface BookingCategoryRef {
  code: string;
  /** 综合受理, 开办企业, 不动产登记, … */
  name: string;
  /** The hall zone the category is served in (开办企业专区, 民生服务区, …). */
  zoneName: string;
}

/** An item names its category (A–H); null when the hall has no such category. */
export function bookingCategoryOfItem(
  businessCategory: string,
  categories: readonly BookingCategoryRef[],
): string | null {
  return categories.find((category) => category.code === businessCategory)?.code ?? null;
}

/**
 * A theme is taken in at one window (一窗受理), so its category follows where it is handled:
 * 1. the category whose name the theme's window names ("B区 1-8号窗口（开办企业专区）" → 开办企业,
 *    "D区 “一件事一次办”综合受理1-6号窗口" → 综合受理, "D区 不动产登记1-16号窗口" → 不动产登记);
 * 2. else the only category served in the theme's zone;
 * 3. else the hall's first category, its one-window desk (A 综合受理).
 * `categories` in the hall's order; null only when there are none.
 */
export function bookingCategoryOfTheme(
  theme: { zone: string; window: string },
  categories: readonly BookingCategoryRef[],
): string | null {
  const byWindow = [...categories]
    .sort((a, b) => b.name.length - a.name.length)
    .find((category) => theme.window.includes(category.name));
  if (byWindow) return byWindow.code;
  const inZone = categories.filter((category) => category.zoneName === theme.zone);
  if (inZone.length === 1) return inZone[0].code;
  return categories[0]?.code ?? null;
}
