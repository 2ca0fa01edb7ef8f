import Taro from '@tarojs/taro';

let cached: number | undefined;

/**
 * WeChat's own font size setting (微信 设置 → 字体大小) as a factor, 1 when unknown.
 * H5 has no such value; the browser's zoom already applies there.
 */
export function getFontScaleFactor(): number {
  if (cached !== undefined) return cached;
  cached = 1;
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const info = Taro.getSystemInfoSync() as { fontSizeScaleFactor?: number };
      if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) {
        cached = info.fontSizeScaleFactor;
      }
    } catch {
      cached = 1;
    }
  }
  return cached;
}
