export const apiStrings = {
  network: '网络连接失败，请检查网络后重试',
  timeout: '请求超时，请稍后重试',
  unknown: '服务暂时不可用，请稍后再试',
  sessionExpired: '登录已失效，请重新登录',
} as const;
