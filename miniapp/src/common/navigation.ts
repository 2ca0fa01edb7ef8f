import Taro from '@tarojs/taro';
import { commonStrings } from './strings';

export const TAB_PATHS = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  visit: '/pages/visit/index',
  me: '/pages/me/index',
} as const;

export type TabName = keyof typeof TAB_PATHS;

export function switchTab(tab: TabName): void {
  void Taro.switchTab({ url: TAB_PATHS[tab] });
}

/** Opens the guide of one service item (subpackage `guide`). */
export function openServiceItem(code: string): void {
  void Taro.navigateTo({
    url: `/subpackages/guide/pages/item/index?code=${encodeURIComponent(code)}`,
  });
}

/** For entries whose feature is not built yet: say so, never show made-up content. */
export function showComingSoon(): void {
  void Taro.showToast({ title: commonStrings.comingSoon, icon: 'none' });
}

export function callPhone(phone: string | undefined): void {
  const number = phone?.replace(/[^\d-]/g, '');
  if (!number) {
    void Taro.showToast({ title: commonStrings.phoneUnavailable, icon: 'none' });
    return;
  }
  Taro.makePhoneCall({ phoneNumber: number }).catch(() => {
    // The user cancelled the call sheet: nothing to do.
  });
}
