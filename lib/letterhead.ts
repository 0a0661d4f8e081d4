import type { CoachProfile } from './schemas';

/** Largest logo file a coach may choose, before it is re-encoded in the browser. */
export const LOGO_MAX_BYTES = 200_000;
/** The logo is scaled down to fit this box (pixels) when it is re-encoded. */
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 200;

export type LogoError = 'too-large' | 'wrong-type' | 'unreadable';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * Checks a chosen logo file before it is decoded: at most LOGO_MAX_BYTES, declared as PNG or JPEG and starting with
 * that format's signature (`head`: the file's first bytes), so SVG or anything renamed is refused; null when fine.
 */
export function checkLogoFile({ size, type, head }: { size: number; type: string; head: Uint8Array }): LogoError | null {
  if (size > LOGO_MAX_BYTES) return 'too-large';
  if (type === 'image/png' && startsWith(head, PNG_SIGNATURE)) return null;
  if (type === 'image/jpeg' && startsWith(head, JPEG_SIGNATURE)) return null;
  return 'wrong-type';
}

/** The size to draw a logo of width × height at: scaled down to fit LOGO_MAX_WIDTH × LOGO_MAX_HEIGHT, never up. */
export function fitLogo(width: number, height: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a letterhead has anything to show. */
export function hasLetterhead(profile: CoachProfile | undefined): profile is CoachProfile {
  return !!profile && Object.values(profile).some((value) => typeof value === 'string' && value !== '');
}
