export const browseStrings = {
  navTitle: '事项列表',
  allItems: '全部事项',
  total: (count: number) => `共 ${count} 个事项`,
  searchPlaceholder: '在全部事项中搜索',
  loading: '正在加载事项…',
  loadFailed: (message: string) => `事项加载失败：${message}`,
  retry: '重新加载',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  shownOf: (shown: number, total: number) => `已显示 ${shown} / ${total} 项`,
  end: '已经到底了',
  empty: '这个分类下暂时没有事项',
} as const;
