import { encode } from 'uqr';

export type QrDrawing = { size: number; path: string };

/**
 * Encodes text as a QR code (error correction M, for paper) and draws its dark modules as one SVG path in a
 * size × size grid, one unit per module, without the quiet zone; never throws for text a QR code can hold.
 */
export function drawQrCode(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1H${start}z`);
    }
  });
  return { size: data.length, path: parts.join('') };
}
