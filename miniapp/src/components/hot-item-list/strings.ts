export const hotItemStrings = {
  fullyOnline: '全程网办',
  zeroVisits: '零跑腿',
  oneVisit: '最多跑一次',
  instant: '即办',
  committedDays: (days: number) => `承诺${days}个工作日`,
  empty: '暂无热门事项',
  rowLabel: (name: string, department: string, badges: string) =>
    `${name}，${department}，${badges}，点击查看办事指南`,
} as const;
