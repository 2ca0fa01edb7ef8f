/** Strings shared by the 实名信息 and 家人代办 pages. */
export const accountStrings = {
  nameLabel: '姓名',
  namePlaceholder: '与身份证上一致',
  idNumberLabel: '身份证号',
  idNumberPlaceholder: '18位身份证号码',
  idNumberEmpty: '请输入身份证号码',
  phoneLabel: '手机号',
  phonePlaceholder: '11位手机号码',
  codeFormat: '请输入短信中的6位数字验证码',
  optional: '（选填）',
  loginFirst: '请先在「我的」页面登录',
  toLogin: '去登录',
  loading: '正在加载…',
  saving: '正在提交…',
  retry: '重试',
} as const;
