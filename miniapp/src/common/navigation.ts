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

/** Opens the search page (subpackage `search`), optionally with a query to run at once. */
export function openSearch(query?: string): void {
  const q = query?.trim();
  void Taro.navigateTo({
    url: `/subpackages/search/pages/index/index${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  });
}

/** Opens a 一件事一次办 theme (subpackage `guide`). */
export function openTheme(code: string): void {
  void Taro.navigateTo({
    url: `/subpackages/guide/pages/theme/index?code=${encodeURIComponent(code)}`,
  });
}

/** Opens the self-check checklist of an item or a theme (subpackage `guide`). */
export function openChecklist(kind: 'ITEM' | 'THEME', code: string): void {
  void Taro.navigateTo({
    url: `/subpackages/guide/pages/checklist/index?kind=${kind}&code=${encodeURIComponent(code)}`,
  });
}

export interface BrowseFilterParams {
  dept?: string;
  audience?: 'INDIVIDUAL' | 'LEGAL_PERSON';
  topic?: string;
  lifeEvent?: string;
}

/** Opens the browse list (subpackage `guide`) for one filter; `title` is shown as its heading. */
export function openBrowse(filter: BrowseFilterParams, title: string): void {
  const params = Object.entries({ ...filter, title })
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`)
    .join('&');
  void Taro.navigateTo({ url: `/subpackages/guide/pages/browse/index?${params}` });
}
