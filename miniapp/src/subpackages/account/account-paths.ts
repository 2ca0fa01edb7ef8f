/** Pages of the account subpackage (实名信息, 家人代办). */
export const ACCOUNT_PATHS = {
  realName: '/subpackages/account/pages/real-name/index',
  family: '/subpackages/account/pages/family/index',
  savedChecklists: '/subpackages/account/pages/checklists/index',
} as const;
