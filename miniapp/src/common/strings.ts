/** User-facing strings shared by several features. */
export const commonStrings = {
  comingSoon: '该功能即将上线',
  loading: '正在加载…',
  retry: '重新加载',
  phoneUnavailable: '暂时无法获取咨询电话，请稍后再试',
  searchPlaceholder: '搜索事项，如：营业执照',
} as const;
