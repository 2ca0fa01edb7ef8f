/** Pages of the queue subpackage (取号, 我的排队, the hall's display board). */
export const QUEUE_PATHS = {
  take: '/subpackages/queue/pages/take/index',
  ticket: '/subpackages/queue/pages/ticket/index',
  board: '/subpackages/queue/pages/board/index',
} as const;

/** 我的排队, with one ticket shown first (e.g. the one just taken). */
export function ticketUrl(id?: string): string {
  return id ? `${QUEUE_PATHS.ticket}?id=${encodeURIComponent(id)}` : QUEUE_PATHS.ticket;
}

/** The display board of one hall (H5 large screen). */
export function boardUrl(hallCode: string): string {
  return `${QUEUE_PATHS.board}?hall=${encodeURIComponent(hallCode)}`;
}
