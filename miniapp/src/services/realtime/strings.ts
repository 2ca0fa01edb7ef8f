/** User-facing strings of the live connection. */
export const realtimeStrings = {
  loginExpired: '登录已失效，请重新登录',
} as const;
