import Taro from '@tarojs/taro';
import { normalTokens } from '@/theme/tokens';

export interface DangerConfirm {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
}

/**
 * Asks before a destructive step (取消预约, 删除, 退出登录…); true when the user confirmed.
 * The dialog is drawn by WeChat / Taro without CSS variables, so the colours are fixed: confirm in
 * dark red (≥ 4.5:1 on white), cancel in the text colour.
 */
export async function confirmDanger(options: DangerConfirm): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    ...options,
    confirmColor: normalTokens.color.errorText,
    cancelColor: normalTokens.color.text,
  });
  return confirm;
}
