export const servicesStrings = {
  navTitle: '办事',
  title: '办事指南',
  searchLabel: '搜索事项',
  searchPlaceholder: '输入事项名称或部门',
  hotItems: '热门事项',
  filtered: (keyword: string) => `热门事项中包含“${keyword}”的结果`,
  noMatch: '热门事项中没有找到，全部事项搜索即将上线',
  clear: '清除',
} as const;
