import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { drawQrCode } from './qr';

/** Paints a drawing's path (only «M x y h n v1 H x z» runs) into RGBA pixels with a quiet zone, as a scanner sees it. */
function paint({ size, path }: { size: number; path: string }, scale = 4, quiet = 4) {
  const width = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
    for (let dx = 0; dx < Number(n); dx++) {
      for (let py = 0; py < scale; py++) {
        for (let px = 0; px < scale; px++) {
          const offset = (((Number(y) + quiet) * scale + py) * width + (Number(x) + dx + quiet) * scale + px) * 4;
          pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
        }
      }
    }
  }
  return { pixels, width };
}

describe('drawQrCode', () => {
  it('draws a code that a QR reader decodes back to the same link', () => {
    const link = 'https://check.example.ch/de/results#r=2.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz';
    const drawing = drawQrCode(link);
    expect(drawing.size).toBeGreaterThanOrEqual(21);
    expect(drawing.path).toMatch(/^(M\d+ \d+h\d+v1H\d+z)+$/);
    const { pixels, width } = paint(drawing);
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });

  it('grows with the text and stays square', () => {
    const short = drawQrCode('https://x.ch/#r=1');
    const long = drawQrCode(`https://x.ch/#r=${'a'.repeat(400)}`);
    expect(long.size).toBeGreaterThan(short.size);
    expect((long.size - 17) % 4).toBe(0);
  });
});
