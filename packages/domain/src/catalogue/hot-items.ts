export interface HotItemCandidate {
  code: string;
  /** Views of the item's guide. */
  views: number;
  /** Searches whose first hit was the item; counted like views. */
  searches?: number;
  /** Marked 热点 by the approval backend. */
  featured: boolean;
  /** Number of 一件事 themes the item belongs to: a proxy for how common it is. */
  themeCount: number;
}

/**
 * Ranks items for the 热门事项 list: most viewed and searched for first (views + searches); among
 * equally popular items (before anyone has viewed anything, all of them) the backend's 热点 items,
 * then items that appear in many 一件事 themes, the ones most people need. Ties by code, so every
 * instance agrees.
 */
export function rankHotItems<T extends HotItemCandidate>(
  candidates: readonly T[],
  limit: number,
): T[] {
  return [...candidates]
    .sort(
      (a, b) =>
        popularity(b) - popularity(a) ||
        Number(b.featured) - Number(a.featured) ||
        b.themeCount - a.themeCount ||
        a.code.localeCompare(b.code),
    )
    .slice(0, Math.max(0, limit));
}

function popularity(candidate: HotItemCandidate): number {
  return candidate.views + (candidate.searches ?? 0);
}
