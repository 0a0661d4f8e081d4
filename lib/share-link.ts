import type { Assessment } from './schemas';
import { createAssessment } from './workspace';
import { MAX_SHARE_CODE_LENGTH, decodeShareCode, encodeShareCode, type DecodeResult, type SharePayload } from './share-code';

import { readShareFragment } from './share-fragment';

// Kept apart so a page can tell whether a fragment holds a code without loading the decoder.
export { readShareFragment };

export type ShareLinkError = 'too-long';
export type ShareLinkResult = { ok: true; url: string } | { ok: false; error: ShareLinkError };

/**
 * Decodes the results a URL fragment carries, or null when it carries none; codes of earlier versions are read with
 * that version's items (`legacyItems`). Never throws.
 */
export function readSharedResults(
  hash: string,
  items: readonly { id: string }[],
  legacyItems: Readonly<Record<number, readonly string[]>> = {},
): DecodeResult | null {
  const code = readShareFragment(hash);
  return code === null ? null : decodeShareCode(code, items, legacyItems);
}

/**
 * Builds the link that reopens an assessment read-only: `base` (origin and path of the results page) with the code in
 * the fragment, channel answers included. Notes go along only when asked for; a code the recipient could not open is refused. Never throws.
 */
export function buildShareLink(
  base: string,
  assessment: Pick<Assessment, 'createdAt' | 'answers' | 'profile' | 'notes' | 'channels'>,
  items: readonly { id: string }[],
  { withNotes }: { withNotes: boolean },
): ShareLinkResult {
  const notes = withNotes && Object.keys(assessment.notes).length > 0 ? { notes: assessment.notes } : {};
  const { createdAt, answers, profile, channels } = assessment;
  const code = encodeShareCode({ createdAt, answers, profile, channels, ...notes }, items);
  if (code.length > MAX_SHARE_CODE_LENGTH) return { ok: false, error: 'too-long' };
  return { ok: true, url: `${base.replace(/#.*$/s, '')}#r=${code}` };
}

/** A shared result as an assessment of the owner's own, to show read-only or to keep; it carries no action plan. A code without channel answers gives none. */
export function assessmentFromShared(payload: SharePayload): Assessment {
  const assessment = createAssessment(`shared-${payload.createdAt}`, new Date(payload.createdAt), { profile: payload.profile });
  // The date as the link has it, to the letter: the id is made of it.
  return { ...assessment, createdAt: payload.createdAt, updatedAt: payload.createdAt, answers: payload.answers, notes: payload.notes ?? {}, channels: payload.channels ?? assessment.channels };
}
