import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { a11y } from '@/utils/a11y';
import { darkRects, qrLayout, qrMatrix } from './qr-matrix';
import './index.scss';

export interface QrCodeProps {
  /** The text in the code, e.g. `checkInQrContent(token)` from `@shizhong/domain`. */
  value: string;
  /** What a screen reader says for the image, e.g. 「本大厅今日签到二维码」. Required. */
  label: string;
  /**
   * The largest side in CSS px, quiet zone included (default 240). The code is drawn with a
   * whole number of px per module, so it may come out a little smaller.
   */
  size?: number;
  testId?: string;
  className?: string;
}

const px = (value: number) => `${value}px`;

/**
 * A QR code drawn with views — no canvas, no image file — so it looks the same in WeChat and in
 * H5 and scales without blurring: black rectangles (dark modules merged, see `darkRects`) on a
 * white square with the 4-module quiet zone. Black on white whatever the theme: a camera reads
 * it, and care mode needs no other colours. One `role="img"` with `label` for screen readers.
 *
 * Reused by the queue's door code (`queueDoorQrContent`). `data-modules` tells tests the size.
 */
export function QrCode({ value, label, size = 240, testId, className }: QrCodeProps) {
  const drawing = useMemo(() => {
    const matrix = qrMatrix(value);
    return { matrix, rects: darkRects(matrix) };
  }, [value]);
  const { modulePx, quietPx, sidePx } = qrLayout(drawing.matrix.modules, size);
  const inner = drawing.matrix.modules * modulePx;
  return (
    <View
      className={`qr-code${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-modules={drawing.matrix.modules}
      style={{ width: px(sidePx), height: px(sidePx), padding: px(quietPx) }}
      {...a11y({ role: 'img', label })}
    >
      <View
        className="qr-code__modules"
        style={{ width: px(inner), height: px(inner) }}
        {...a11y({ hidden: true })}
      >
        {drawing.rects.map((rect) => (
          <View
            key={`${rect.x}-${rect.y}`}
            className="qr-code__dark"
            style={{
              left: px(rect.x * modulePx),
              top: px(rect.y * modulePx),
              width: px(rect.width * modulePx),
              height: px(rect.height * modulePx),
            }}
          />
        ))}
      </View>
    </View>
  );
}
