// A QR code as one SVG path (one unit square per dark module), so a projected page can hand a
// class its link without anyone typing it. qrcode-generator does the encoding; the drawing is
// React's own <path>, not an injected SVG string.
import qrcode from 'qrcode-generator';

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Path data in module units. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      // Runs of dark modules in a row become one rectangle: a shorter path for the same picture.
      if (!qr.isDark(r, c) || (c > 0 && qr.isDark(r, c - 1))) continue;
      let w = 1;
      while (c + w < size && qr.isDark(r, c + w)) w++;
      path += `M${c} ${r}h${w}v1h-${w}z`;
    }
  }
  return { size, path };
}
