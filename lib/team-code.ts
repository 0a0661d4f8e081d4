import * as v from 'valibot';
import { locales, type Locale } from './content-ids';
export { respondentIdSchema, roundIdSchema } from './schemas';
import { answersSchema, limits, type Answers } from './schemas';
import {
  ByteReader,
  ByteWriter,
  DecodeFailure,
  crc32,
  fingerprintItems,
  fromBase64Url,
  packAnswers,
  readU32,
  toBase64Url,
  unpackAnswers,
  unzigzag,
  zigzag,
  type ShareError,
} from './share-code';

/*
 * Team codes v2: "2." + base64url (no padding) of a frame like the share code's:
 *
 *   varint  bodyLength
 *   body:
 *     u8      kind                1 invitation, 2 answer (an invitation never passes for an answer, nor the reverse)
 *     8 bytes roundId
 *   invitation:
 *     u8      locale              index in `locales`
 *     varint  createdAt           zigzag milliseconds since the Unix epoch
 *     string  companyName         varint byte length + WTF-8 bytes (may be empty)
 *   answer:
 *     6 bytes respondentId        chosen once per person and round: the same person sending twice is a duplicate
 *     varint  itemCount, u16 itemFingerprint, bits answers   exactly as in the share code
 *     varint  answeredAt          zigzag milliseconds since the Unix epoch (a correction sent within the same
 *                                 minute is still newer than the answer it corrects)
 *     u8      flags               bit 0 name, bit 1 role; others reserved
 *     [string name] [string role]
 *   u32     CRC-32 of everything above (big-endian)
 *
 * Team codes v1 ("1.") are the same with both times in whole minutes; they still decode (to the start of their minute).
 */

export type Invitation = { roundId: string; companyName: string; locale: Locale; createdAt: string };
export type TeamAnswer = {
  roundId: string;
  respondentId: string;
  answeredAt: string;
  answers: Answers;
  name?: string;
  role?: string;
};
/** The share code's errors, plus a code of the other kind (an invitation pasted where an answer belongs). */
export type TeamCodeError = ShareError | 'wrong-kind';
export type TeamDecodeResult<T> = { ok: true; value: T } | { ok: false; error: TeamCodeError };

/** Longest team code the decoders accept; a complete answer with the longest name and role stays far below it. */
export const MAX_TEAM_CODE_LENGTH = 2_000;

const VERSION = 2;
/** The versions the decoders read, with the unit of their times in milliseconds. */
const TIME_UNIT_MS: Readonly<Record<string, number>> = { '1': 60_000, '2': 1 };
const KIND_INVITATION = 1;
const KIND_ANSWER = 2;
const ROUND_ID_BYTES = 8;
const RESPONDENT_ID_BYTES = 6;
const FLAG_NAME = 1;
const FLAG_ROLE = 2;

const companySchema = v.pipe(v.string(), v.maxLength(limits.companyName));
const personTextSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(limits.owner));
const isoSchema = v.pipe(v.string(), v.isoTimestamp());

/** Creates a random round id (8 random bytes, base64url); `random` is for tests. */
export function createRoundId(random: (bytes: Uint8Array) => void = fillRandom): string {
  const bytes = new Uint8Array(ROUND_ID_BYTES);
  random(bytes);
  return toBase64Url(bytes);
}

/** Creates a random respondent id (6 random bytes, base64url); `random` is for tests. */
export function createRespondentId(random: (bytes: Uint8Array) => void = fillRandom): string {
  const bytes = new Uint8Array(RESPONDENT_ID_BYTES);
  random(bytes);
  return toBase64Url(bytes);
}

function fillRandom(bytes: Uint8Array) {
  const cryptoApi: Crypto | undefined = typeof globalThis.crypto === 'object' ? globalThis.crypto : undefined;
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
}

/** Encodes an invitation (company, round id, language, date: never answers) as a checksummed code. */
export function encodeInvitation(invitation: Invitation): string {
  const body = new ByteWriter();
  body.u8(KIND_INVITATION);
  body.bytes(idBytes(invitation.roundId, ROUND_ID_BYTES));
  body.u8(Math.max(0, locales.indexOf(invitation.locale)));
  body.varint(zigzag(toMs(invitation.createdAt)));
  body.string(invitation.companyName);
  return frame(body.toBytes());
}

/** Encodes one person's answers for a round as a checksummed code; answers to ids not in `items` are left out. */
export function encodeTeamAnswer(answer: TeamAnswer, items: readonly { id: string }[]): string {
  const body = new ByteWriter();
  body.u8(KIND_ANSWER);
  body.bytes(idBytes(answer.roundId, ROUND_ID_BYTES));
  body.bytes(idBytes(answer.respondentId, RESPONDENT_ID_BYTES));
  body.varint(items.length);
  body.u16(fingerprintItems(items, items.length));
  body.bytes(packAnswers(answer.answers, items));
  body.varint(zigzag(toMs(answer.answeredAt)));
  let flags = 0;
  if (answer.name !== undefined) flags |= FLAG_NAME;
  if (answer.role !== undefined) flags |= FLAG_ROLE;
  body.u8(flags);
  if (answer.name !== undefined) body.string(answer.name);
  if (answer.role !== undefined) body.string(answer.role);
  return frame(body.toBytes());
}

/** Decodes and validates an invitation code of any version (a leading "#" and whitespace are ignored); never throws. */
export function decodeInvitation(code: string): TeamDecodeResult<Invitation> {
  return guard(() => {
    const { body, unitMs } = openFrame(code, KIND_INVITATION);
    const roundId = toBase64Url(body.bytes(ROUND_ID_BYTES));
    const localeIndex = body.u8();
    const time = unzigzag(body.varint());
    const companyName = body.string();
    if (!body.atEnd()) throw new DecodeFailure('malformed');
    const locale = locales[localeIndex];
    const createdAt = fromTime(time, unitMs);
    if (!locale || createdAt === null || !v.safeParse(companySchema, companyName).success) throw new DecodeFailure('invalid');
    return { roundId, companyName, locale, createdAt };
  });
}

/** Decodes and validates an answer code of any version against the content's items; never throws. */
export function decodeTeamAnswer(code: string, items: readonly { id: string }[]): TeamDecodeResult<TeamAnswer> {
  return guard(() => {
    const { body, unitMs } = openFrame(code, KIND_ANSWER);
    const roundId = toBase64Url(body.bytes(ROUND_ID_BYTES));
    const respondentId = toBase64Url(body.bytes(RESPONDENT_ID_BYTES));
    const itemCount = body.varint();
    const fingerprint = body.u16();
    if (itemCount > items.length || fingerprint !== fingerprintItems(items, itemCount)) throw new DecodeFailure('invalid');
    const answers = unpackAnswers(body.bytes(Math.ceil((itemCount * 3) / 8)), items, itemCount);
    const time = unzigzag(body.varint());
    const flags = body.u8();
    if (flags & ~(FLAG_NAME | FLAG_ROLE)) throw new DecodeFailure('malformed');
    const name = flags & FLAG_NAME ? body.string() : undefined;
    const role = flags & FLAG_ROLE ? body.string() : undefined;
    if (!body.atEnd()) throw new DecodeFailure('malformed');
    const answeredAt = fromTime(time, unitMs);
    const parsed = v.safeParse(answersSchema, answers);
    const textsOk = [name, role].every((t) => t === undefined || v.safeParse(personTextSchema, t).success);
    if (answeredAt === null || !parsed.success || !textsOk) throw new DecodeFailure('invalid');
    const value: TeamAnswer = { roundId, respondentId, answeredAt, answers: parsed.output };
    if (name !== undefined) value.name = name;
    if (role !== undefined) value.role = role;
    return value;
  });
}

function guard<T>(decode: () => T): TeamDecodeResult<T> {
  try {
    return { ok: true, value: decode() };
  } catch (error) {
    if (error instanceof KindFailure) return { ok: false, error: 'wrong-kind' };
    return { ok: false, error: error instanceof DecodeFailure ? error.reason : 'malformed' };
  }
}

class KindFailure extends Error {}

function frame(bodyBytes: Uint8Array): string {
  const out = new ByteWriter();
  out.varint(bodyBytes.length);
  out.bytes(bodyBytes);
  const withoutCrc = out.toBytes();
  out.u32(crc32(withoutCrc));
  return `${VERSION}.${toBase64Url(out.toBytes())}`;
}

/** Checks version, length, canonical form, checksum and kind; returns a reader positioned after the kind byte. */
function openFrame(code: string, kind: number): { body: ByteReader; unitMs: number } {
  if (typeof code !== 'string') throw new DecodeFailure('malformed');
  if (code.length > MAX_TEAM_CODE_LENGTH * 2) throw new DecodeFailure('too-long');
  const cleaned = code.replace(/\s+/g, '').replace(/^#/, '');
  if (cleaned === '') throw new DecodeFailure('empty');
  if (cleaned.length > MAX_TEAM_CODE_LENGTH) throw new DecodeFailure('too-long');
  const match = /^(\d{1,6})\.([\s\S]*)$/.exec(cleaned);
  if (!match) throw new DecodeFailure('malformed');
  const unitMs = Object.hasOwn(TIME_UNIT_MS, match[1]!) ? TIME_UNIT_MS[match[1]!]! : null;
  if (unitMs === null) throw new DecodeFailure('unknown-version');
  const decoded = fromBase64Url(match[2]!);
  if (!decoded) throw new DecodeFailure('malformed');
  const { bytes, dangling, dirtyPadding } = decoded;
  const head = new ByteReader(bytes, 'truncated');
  const bodyLength = head.varint();
  const expected = head.offset + bodyLength + 4;
  if (bytes.length < expected) throw new DecodeFailure('truncated');
  if (bytes.length > expected || dangling || dirtyPadding) throw new DecodeFailure('malformed');
  if (crc32(bytes.subarray(0, expected - 4)) !== readU32(bytes, expected - 4)) throw new DecodeFailure('checksum');
  const body = new ByteReader(bytes.subarray(head.offset, expected - 4), 'malformed');
  const found = body.u8();
  if (found !== KIND_INVITATION && found !== KIND_ANSWER) throw new DecodeFailure('malformed');
  if (found !== kind) throw new KindFailure();
  return { body, unitMs };
}

function idBytes(id: string, length: number): Uint8Array {
  const decoded = fromBase64Url(id);
  const out = new Uint8Array(length);
  // Ids come from the create functions; anything else encodes as zero bytes rather than throwing.
  if (decoded && decoded.bytes.length === length) out.set(decoded.bytes);
  return out;
}

function toMs(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

function fromTime(time: number, unitMs: number): string | null {
  const date = new Date(time * unitMs);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return v.safeParse(isoSchema, iso).success ? iso : null;
}
