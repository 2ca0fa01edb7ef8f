/** Pages of the staff subpackage (工作人员登录, 工作人员主页). */
export const STAFF_PATHS = {
  login: '/subpackages/staff/pages/login/index',
  home: '/subpackages/staff/pages/home/index',
} as const;
