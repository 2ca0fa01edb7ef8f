/** Pages of the booking subpackage (预约办事, 预约成功, 我的预约; 预约名单 for hall staff). */
export const BOOKING_PATHS = {
  book: '/subpackages/booking/pages/book/index',
  done: '/subpackages/booking/pages/done/index',
  mine: '/subpackages/booking/pages/mine/index',
  hall: '/subpackages/booking/pages/hall/index',
} as const;

/** Where a booking started: an item's or a 一件事 theme's page (its checklist is linked). */
export interface BookingOrigin {
  kind: 'ITEM' | 'THEME';
  code: string;
  name: string;
}

/** The URL of the booking flow, optionally with a preselected category and where it came from. */
export function bookingUrl(options: { category?: string | null; origin?: BookingOrigin } = {}) {
  const params: string[] = [];
  if (options.category) params.push(`category=${encodeURIComponent(options.category)}`);
  if (options.origin) {
    params.push(`kind=${options.origin.kind}`);
    params.push(`code=${encodeURIComponent(options.origin.code)}`);
    params.push(`name=${encodeURIComponent(options.origin.name)}`);
  }
  return params.length > 0 ? `${BOOKING_PATHS.book}?${params.join('&')}` : BOOKING_PATHS.book;
}
