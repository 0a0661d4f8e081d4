import * as v from 'valibot';
import { checkLogoFile, fitLogo, type LogoError } from '@/lib/letterhead';
import { logoDataUrlSchema } from '@/lib/schemas';

export type ReencodeResult = { ok: true; dataUrl: string } | { ok: false; error: LogoError };

/**
 * Checks a chosen logo (size, PNG or JPEG by its bytes), decodes it and draws it afresh on a canvas, so only pixels
 * are kept: no metadata, no embedded script, never SVG. PNG keeps transparency; JPEG (white background) when the PNG
 * would be too large. Never throws.
 */
export async function reencodeLogo(file: File): Promise<ReencodeResult> {
  try {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const problem = checkLogoFile({ size: file.size, type: file.type, head });
    if (problem) return { ok: false, error: problem };
    const bitmap = await createImageBitmap(file);
    const { width, height } = fitLogo(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context || width === 0) return { ok: false, error: 'unreadable' };
    context.drawImage(bitmap, 0, 0, width, height);
    let dataUrl = canvas.toDataURL('image/png');
    if (!v.safeParse(logoDataUrlSchema, dataUrl).success) {
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      dataUrl = canvas.toDataURL('image/jpeg', 0.85);
    }
    bitmap.close();
    return v.safeParse(logoDataUrlSchema, dataUrl).success ? { ok: true, dataUrl } : { ok: false, error: 'too-large' };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}
