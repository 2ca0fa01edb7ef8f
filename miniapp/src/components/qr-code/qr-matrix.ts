import { encode } from 'uqr';

/** The modules of a QR code: `dark[y][x]`, without the quiet zone. */
export interface QrMatrix {
  /** Modules per side (21 for version 1, + 4 per version). */
  modules: number;
  dark: readonly (readonly boolean[])[];
}

/** A dark rectangle of modules, in module units. */
export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The light margin every scanner needs around the code, in modules (ISO/IEC 18004: 4). */
export const QR_QUIET_MODULES = 4;

/**
 * Encodes `value` (UTF-8 bytes) with error correction level M (15 % may be lost: a glare on the
 * entrance screen, a smudge on a print-out). A code of the app — `SZHB:CHECKIN:…` of ~55
 * characters — is a version-4 code of 33 × 33 modules. Throws for text longer than a QR code
 * holds (~2,300 bytes at level M), which no caller here comes near.
 */
export function qrMatrix(value: string): QrMatrix {
  const { size, data } = encode(value, { ecc: 'M', border: 0 });
  return { modules: size, dark: data };
}

/**
 * The dark modules as few rectangles as a simple pass finds: runs of dark modules in a row,
 * stacked into one rectangle while the rows below have a run at the same place and of the same
 * length. A 33-module code becomes ~230 rectangles instead of ~550 dark modules, so WeChat has
 * fewer views to lay out. Together they cover exactly the dark modules, without overlaps.
 */
export function darkRects(matrix: QrMatrix): QrRect[] {
  const rects: QrRect[] = [];
  /** Rectangles that reach the row above, by "x:width". */
  let open = new Map<string, QrRect>();
  matrix.dark.forEach((row, y) => {
    const next = new Map<string, QrRect>();
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const key = `${start}:${x - start}`;
      const above = open.get(key);
      if (above) {
        above.height += 1;
        next.set(key, above);
      } else {
        const rect = { x: start, y, width: x - start, height: 1 };
        rects.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
  });
  return rects;
}

export interface QrLayout {
  /** Whole CSS px per module, so module edges fall on pixel edges (sharp for the camera). */
  modulePx: number;
  /** The quiet zone on each side, in px. */
  quietPx: number;
  /** The whole image, quiet zone included, in px (≤ the size asked for, unless that is tiny). */
  sidePx: number;
}

/**
 * Fits a code of `modules` modules (plus the quiet zone) into `maxSidePx`: the largest whole
 * number of px per module, at least 1.
 */
export function qrLayout(modules: number, maxSidePx: number): QrLayout {
  const total = modules + 2 * QR_QUIET_MODULES;
  const modulePx = Math.max(1, Math.floor(maxSidePx / total));
  return { modulePx, quietPx: modulePx * QR_QUIET_MODULES, sidePx: modulePx * total };
}
