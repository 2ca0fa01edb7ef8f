export const freshnessStrings = {
  updatedAt: (hhmm: string) => `数据更新于 ${hhmm}`,
  stale: (minutes: number) => `审批系统暂时无法连接，显示的是 ${minutes} 分钟前的数据`,
} as const;
