export const meStrings = {
  navTitle: '我的',
  login: '登录',
  loginSoon: '登录功能即将上线',
  loginHint: '登录后可查看我的预约、取号和办件',
  careMode: '长辈版',
  careModeHintOff: '字更大、按钮更大、首页更简单',
  careModeHintOn: '已开启：字更大、按钮更大、首页更简单',
  version: (v: string) => `版本 ${v}`,
} as const;
