import Taro from '@tarojs/taro';
import { itemStrings as s } from './strings';

/**
 * A form, sample or online-service address. The mini-program cannot open outside web pages, so
 * it copies the address; the H5 build opens it in a new tab.
 */
export function openExternalLink(url: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  copyLink(url);
}

export function copyLink(url: string): void {
  Taro.setClipboardData({ data: url })
    .then(() => Taro.showToast({ title: s.linkCopied, icon: 'none' }))
    .catch(() => {
      // The user refused clipboard access: the address stays on screen as text.
    });
}
