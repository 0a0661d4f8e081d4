import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Renders one PDF page to PNG (pdftoppm, as a scanner would see paper) and decodes the QR code on it, or null. */
export function readQrCode(pdfPath: string, page: number, dpi = 200): string | null {
  const prefix = pdfPath.replace(/\.pdf$/, `-page${page}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', pdfPath, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
