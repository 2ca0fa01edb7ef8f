/** Pages of the staff subpackage (工作人员登录, 工作人员主页, 签到二维码). */
export const STAFF_PATHS = {
  login: '/subpackages/staff/pages/login/index',
  home: '/subpackages/staff/pages/home/index',
  checkInQr: '/subpackages/staff/pages/check-in-qr/index',
  windowConsole: '/subpackages/staff/pages/window-console/index',
} as const;

/** 窗口叫号台 of one window (its code). */
export function windowConsoleUrl(windowCode: string): string {
  return `${STAFF_PATHS.windowConsole}?window=${encodeURIComponent(windowCode)}`;
}
