/**
 * Stable error codes sent to clients in GraphQL `extensions.code`.
 * Clients branch on the code; the Chinese message is for the user.
 * Adding a code without a message is a type error (see ERROR_MESSAGES).
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'APPROVAL_BACKEND_UNAVAILABLE',
  'CATALOGUE_NOT_READY',
  'INTERNAL_ERROR',
  'QUERY_TOO_LONG',
  'QUERY_INVALID_CHARACTERS',
  'WECHAT_LOGIN_FAILED',
  'ID_NUMBER_INVALID',
  'PHONE_INVALID',
  'NAME_INVALID',
  'SMS_CODE_INVALID',
  'ID_NUMBER_TAKEN',
  'REAL_NAME_REQUIRED',
  'FAMILY_MEMBER_EXISTS',
  'FAMILY_MEMBER_LIMIT',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '输入的内容有误，请检查后重试',
  QUERY_TOO_COMPLEX: '请求内容过多，请缩小查询范围后重试',
  QUERY_TOO_DEEP: '请求层级过深，请简化查询后重试',
  GRAPHQL_PARSE_FAILED: '请求格式有误',
  GRAPHQL_VALIDATION_FAILED: '请求内容与接口不符',
  NOT_FOUND: '未找到相关内容',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  APPROVAL_BACKEND_UNAVAILABLE: '审批系统暂时无法连接，请稍后再试',
  CATALOGUE_NOT_READY: '办事指南正在加载，请稍后再试',
  INTERNAL_ERROR: '服务暂时不可用，请稍后再试',
  QUERY_TOO_LONG: '搜索内容过长，请不超过 50 个字',
  QUERY_INVALID_CHARACTERS: '搜索内容含有无法识别的字符，请重新输入',
  WECHAT_LOGIN_FAILED: '微信登录失败，请重新打开小程序后再试',
  ID_NUMBER_INVALID: '身份证号码不正确，请核对后重新输入',
  PHONE_INVALID: '请输入正确的中国大陆手机号码',
  NAME_INVALID: '姓名格式不正确，请输入证件上的姓名',
  SMS_CODE_INVALID: '验证码不正确或已过期，请重新获取',
  ID_NUMBER_TAKEN: '该身份证号已绑定其他账号',
  REAL_NAME_REQUIRED: '请先完成实名认证',
  FAMILY_MEMBER_EXISTS: '这位家庭成员已经添加过了',
  FAMILY_MEMBER_LIMIT: '最多可添加10位家庭成员',
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The Chinese message for a code, optionally replaced by a more specific one. */
export function errorMessage(code: ErrorCode, detail?: string): string {
  return detail && detail.trim().length > 0 ? detail : ERROR_MESSAGES[code];
}
