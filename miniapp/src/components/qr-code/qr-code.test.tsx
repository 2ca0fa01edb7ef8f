import { render, screen } from '@testing-library/react';
import { QrCode } from './index';
import { QR_QUIET_MODULES, darkRects, qrLayout, qrMatrix, type QrMatrix } from './qr-matrix';

const CONTENT = 'SZHB:CHECKIN:SZ-HALL.20261010.aB3_-x9QzK0pLm7nVw2yTe';

/** The modules the rectangles paint, as a matrix (and whether any module is painted twice). */
function paint(matrix: QrMatrix): { dark: boolean[][]; overlaps: number } {
  const dark = matrix.dark.map((row) => row.map(() => false));
  let overlaps = 0;
  for (const rect of darkRects(matrix)) {
    for (let y = rect.y; y < rect.y + rect.height; y += 1) {
      for (let x = rect.x; x < rect.x + rect.width; x += 1) {
        if (dark[y][x]) overlaps += 1;
        dark[y][x] = true;
      }
    }
  }
  return { dark, overlaps };
}

describe('qrMatrix', () => {
  it('encodes an app code as a version-4 symbol of 33 × 33 modules', () => {
    const matrix = qrMatrix(CONTENT);
    expect(matrix.modules).toBe(33);
    expect(matrix.dark).toHaveLength(33);
    expect(matrix.dark.every((row) => row.length === 33)).toBe(true);
  });

  it('has the three finder patterns in the corners (7 × 7, dark ring, light ring, dark core)', () => {
    const { dark, modules } = qrMatrix(CONTENT);
    const finder = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######'];
    for (const [top, left] of [
      [0, 0],
      [0, modules - 7],
      [modules - 7, 0],
    ]) {
      const drawn = finder.map((_, y) =>
        dark[top + y]
          .slice(left, left + 7)
          .map((on) => (on ? '#' : '.'))
          .join(''),
      );
      expect(drawn).toEqual(finder);
    }
  });

  it('encodes longer text in a bigger symbol', () => {
    expect(qrMatrix('x').modules).toBe(21);
    expect(qrMatrix('x'.repeat(300)).modules).toBeGreaterThan(33);
  });
});

describe('darkRects', () => {
  it.each([CONTENT, 'SZHB:DOOR:SZ-HALL.5922710.Zq8-Lk_3mN0pQr5sTu7vWx', 'x'])(
    'paints exactly the dark modules of %j, each once, in fewer rectangles than modules',
    (value) => {
      const matrix = qrMatrix(value);
      const { dark, overlaps } = paint(matrix);
      expect(dark).toEqual(matrix.dark);
      expect(overlaps).toBe(0);
      const darkModules = matrix.dark.flat().filter(Boolean).length;
      expect(darkRects(matrix).length).toBeLessThan(darkModules / 2);
    },
  );

  it('stacks equal runs of consecutive rows into one rectangle', () => {
    const matrix: QrMatrix = {
      modules: 4,
      dark: [
        [true, true, false, true],
        [true, true, false, false],
        [false, true, true, true],
        [false, true, true, true],
      ],
    };
    expect(darkRects(matrix)).toEqual([
      { x: 0, y: 0, width: 2, height: 2 },
      { x: 3, y: 0, width: 1, height: 1 },
      { x: 1, y: 2, width: 3, height: 2 },
    ]);
  });
});

describe('qrLayout', () => {
  it('uses whole px per module and keeps the 4-module quiet zone', () => {
    expect(qrLayout(33, 240)).toEqual({ modulePx: 5, quietPx: 20, sidePx: 205 });
    expect(qrLayout(33, 41 * 8)).toEqual({ modulePx: 8, quietPx: 32, sidePx: 328 });
    expect(QR_QUIET_MODULES).toBe(4);
  });

  it('never goes below 1 px per module', () => {
    expect(qrLayout(33, 10)).toEqual({ modulePx: 1, quietPx: 4, sidePx: 41 });
  });
});

describe('<QrCode>', () => {
  it('is one image with its label for screen readers, drawn at whole px', () => {
    const { container } = render(
      <QrCode value={CONTENT} label="本大厅今日签到二维码" size={330} />,
    );
    const image = screen.getByRole('img', { name: '本大厅今日签到二维码' });
    expect(image.getAttribute('data-modules')).toBe('33');
    // 330 px / 41 modules → 8 px each: 328 px with 32 px of quiet zone.
    expect(image.style.width).toBe('328px');
    expect(image.style.height).toBe('328px');
    expect(image.style.padding).toBe('32px');
    const drawing = container.querySelector('.qr-code__modules') as HTMLElement;
    expect(drawing.getAttribute('aria-hidden')).toBe('true');
    expect(drawing.style.width).toBe('264px');
  });

  it('draws the rectangles of the code where they belong', () => {
    const { container } = render(<QrCode value={CONTENT} label="签到二维码" size={205} />);
    const matrix = qrMatrix(CONTENT);
    const drawn = matrix.dark.map((row) => row.map(() => false));
    const cells = Array.from(container.querySelectorAll<HTMLElement>('.qr-code__dark'));
    expect(cells).toHaveLength(darkRects(matrix).length);
    for (const cell of cells) {
      const [x, y, w, h] = ['left', 'top', 'width', 'height'].map(
        (prop) => parseInt(cell.style.getPropertyValue(prop), 10) / 5,
      );
      for (let row = y; row < y + h; row += 1) {
        for (let col = x; col < x + w; col += 1) drawn[row][col] = true;
      }
    }
    expect(drawn).toEqual(matrix.dark);
  });

  it('draws a new code when the value changes', () => {
    const { container, rerender } = render(<QrCode value="x" label="二维码" testId="qr" />);
    expect(screen.getByTestId('qr').getAttribute('data-modules')).toBe('21');
    rerender(<QrCode value={CONTENT} label="二维码" testId="qr" />);
    expect(screen.getByTestId('qr').getAttribute('data-modules')).toBe('33');
    expect(container.querySelectorAll('.qr-code__dark')).toHaveLength(
      darkRects(qrMatrix(CONTENT)).length,
    );
  });
});
