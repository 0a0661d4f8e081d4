import * as v from 'valibot';
import { dimensionIds } from './content-ids';
import { answerValues } from './answers';
import {
  channelAnswersSchema,
  channelGoals,
  channelIds,
  channelStates,
  contentFormats,
  emptyChannelAnswers,
  reaches,
  weeklyHours,
  type ChannelAnswers,
} from './channel-schema';
import {
  answersSchema,
  markets,
  noteKeys,
  notesSchema,
  profileSchema,
  runnerIds,
  sizeBands,
  type AnswerValue,
  type Answers,
  type Notes,
  type Profile,
} from './schemas';

/*
 * Share code v3: "3." + base64url (no padding) of this frame:
 *
 *   varint  bodyLength            bytes of body (lets a cut-off link be told apart from an altered one)
 *   body:
 *     varint  itemCount           items the answers cover, in the order of the `items` given (need items, then the rest)
 *     u16     itemFingerprint     hash of those item ids: a code never lands on reordered or renamed items
 *     bits    answers             3 bits per item, MSB first, zero-padded: 0 unanswered, 1–5, 6 unknown, 7 na
 *     varint  createdAt           zigzag minutes since the Unix epoch (seconds are dropped)
 *     u8      flags               bits 0–1 size (0 none), 2–3 market (0 none, 1 b2b, 2 b2c, 3 mixed),
 *                                 4 companyName, 5 industry, 6 notes, 7 reserved (0)
 *     u8      flags2              bits 0–2 runner (0 none, then `runnerIds` in order), 3–7 reserved (0)
 *     [string companyName] [string industry]            string = varint byte length + WTF-8 bytes
 *     [u16 notesMask, then one string per set bit in the order of `noteKeys`]
 *     channel answers, 5 bytes:
 *       u8    bits 0–1 reach (0 none, then `reaches`), 2–4 hours (0 none, then `weeklyHours`), 5 formats given, 6–7 reserved (0)
 *       u8    bits 0–4 goals (one bit per `channelGoals`), 5–7 formats (one bit per `contentFormats`)
 *       u24   2 bits per channel in the order of `channelIds`, lowest bits first (0 none, then `channelStates`);
 *             bits 18–23 reserved (0)
 *   u32     CRC-32 of everything above (big-endian)
 *
 * Share code v2 is the same without the channel answers (they read as none given).
 * Share code v1 is the same as v2 without flags2, with markets b2b and b2c only, notes over the nine `dimensionIds`, and
 * the item order of its own version (given to the decoder as `legacyItems[1]`). Answers to items the current version
 * does not ask are dropped and counted.
 */

export type SharePayload = { createdAt: string /* ISO */; answers: Answers; profile: Profile; notes?: Notes; channels?: ChannelAnswers };
export type ShareError = 'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'checksum' | 'truncated' | 'invalid';
export type DecodeResult =
  | {
      ok: true;
      value: SharePayload;
      /** The version of the code; below the current one, its results come from an earlier version of the check. */
      version: number;
      /** Answers in the code to items the check no longer asks, left out of `value`. */
      droppedAnswers: number;
    }
  | { ok: false; error: ShareError };

/** Longest code `decodeShareCode` accepts; long notes can push a code past it, so check `code.length` before offering a link. */
export const MAX_SHARE_CODE_LENGTH = 20_000;

/** The version `encodeShareCode` writes. */
export const SHARE_CODE_VERSION = 3;
const VERSION = SHARE_CODE_VERSION;
const V1_MARKETS = ['b2b', 'b2c'] as const;
const MINUTE_MS = 60_000;
const MAX_VARINT_BYTES = 7; // 49 bits: every value here is a safe integer

// Code n (1–7) is answerValues[n - 1]; 0 means unanswered. The order is part of the format: never reorder.
const answerCodes: readonly AnswerValue[] = answerValues;
const FLAG_COMPANY = 1 << 4;
const FLAG_INDUSTRY = 1 << 5;
const FLAG_NOTES = 1 << 6;
const FLAG_RESERVED = 1 << 7;

const createdAtSchema = v.pipe(v.string(), v.isoTimestamp());

/** Encodes results as a compact, checksummed share code for the URL fragment; answers to ids not in `items` are left out. */
export function encodeShareCode(payload: SharePayload, items: readonly { id: string }[]): string {
  const body = new ByteWriter();
  body.varint(items.length);
  body.u16(fingerprintItems(items, items.length));
  body.bytes(packAnswers(payload.answers, items));
  const ms = Date.parse(payload.createdAt);
  // An unparsable date (never produced by the schemas) encodes as the epoch rather than throwing.
  body.varint(zigzag(Number.isNaN(ms) ? 0 : Math.floor(ms / MINUTE_MS)));

  const { companyName, industry, size, market, runner } = payload.profile;
  const notes = payload.notes;
  let flags = 0;
  if (size !== undefined) flags |= sizeBands.indexOf(size) + 1;
  if (market !== undefined) flags |= (markets.indexOf(market) + 1) << 2;
  if (companyName !== undefined) flags |= FLAG_COMPANY;
  if (industry !== undefined) flags |= FLAG_INDUSTRY;
  if (notes !== undefined) flags |= FLAG_NOTES;
  body.u8(flags);
  body.u8(runner === undefined ? 0 : runnerIds.indexOf(runner) + 1);
  if (companyName !== undefined) body.string(companyName);
  if (industry !== undefined) body.string(industry);
  if (notes !== undefined) {
    let mask = 0;
    noteKeys.forEach((id, i) => {
      if (notes[id] !== undefined) mask |= 1 << i;
    });
    body.u16(mask);
    for (const id of noteKeys) {
      const note = notes[id];
      if (note !== undefined) body.string(note);
    }
  }
  writeChannels(body, payload.channels ?? emptyChannelAnswers());

  const bodyBytes = body.toBytes();
  const frame = new ByteWriter();
  frame.varint(bodyBytes.length);
  frame.bytes(bodyBytes);
  const withoutCrc = frame.toBytes();
  frame.u32(crc32(withoutCrc));
  return `${VERSION}.${toBase64Url(frame.toBytes())}`;
}

/**
 * Decodes and validates a share code (a leading "#" and whitespace are ignored); codes of an earlier version are read
 * with that version's item order from `legacyItems` (by version) and lose the answers to items not in `items`.
 * Never throws, whatever the input.
 */
export function decodeShareCode(
  code: string,
  items: readonly { id: string }[],
  legacyItems: Readonly<Record<number, readonly string[]>> = {},
): DecodeResult {
  try {
    return decodeUnsafe(code, items, legacyItems);
  } catch (error) {
    return fail(error instanceof DecodeFailure ? error.reason : 'malformed');
  }
}

function decodeUnsafe(
  code: string,
  currentItems: readonly { id: string }[],
  legacyItems: Readonly<Record<number, readonly string[]>>,
): DecodeResult {
  if (typeof code !== 'string') return fail('malformed');
  if (code.length > MAX_SHARE_CODE_LENGTH * 2) return fail('too-long'); // bound the work before cleaning up
  // Mail clients wrap long links; whitespace is never part of a code.
  const cleaned = code.replace(/\s+/g, '').replace(/^#/, '');
  if (cleaned === '') return fail('empty');
  if (cleaned.length > MAX_SHARE_CODE_LENGTH) return fail('too-long');

  const match = /^(\d{1,6})\.([\s\S]*)$/.exec(cleaned);
  if (!match) return fail('malformed');
  const version = match[1] === String(VERSION) ? VERSION : match[1] === '2' ? 2 : match[1] === '1' ? 1 : null;
  if (version === null) return fail('unknown-version');
  const legacy = version === VERSION ? undefined : legacyItems[version];
  const items = legacy ? legacy.map((id) => ({ id })) : currentItems;
  const codeMarkets: readonly string[] = version === 1 ? V1_MARKETS : markets;
  const codeNoteKeys: readonly string[] = version === 1 ? dimensionIds : noteKeys;

  const decoded = fromBase64Url(match[2]!);
  if (!decoded) return fail('malformed');
  const { bytes, dangling, dirtyPadding } = decoded;

  const frame = new ByteReader(bytes, 'truncated');
  const bodyLength = frame.varint();
  const expected = frame.offset + bodyLength + 4;
  // A cut-off link ends in arbitrary bits, so "too short" is checked before any canonical-form rule.
  if (bytes.length < expected) return fail('truncated');
  if (bytes.length > expected || dangling || dirtyPadding) return fail('malformed');
  const crcStored = readU32(bytes, expected - 4);
  if (crc32(bytes.subarray(0, expected - 4)) !== crcStored) return fail('checksum');

  const body = new ByteReader(bytes.subarray(frame.offset, expected - 4), 'malformed');
  const itemCount = body.varint();
  const fingerprint = body.u16();
  if (itemCount > items.length || fingerprint !== fingerprintItems(items, itemCount)) return fail('invalid');
  const answers = unpackAnswers(body.bytes(Math.ceil((itemCount * 3) / 8)), items, itemCount);
  const minutes = unzigzag(body.varint());
  const flags = body.u8();
  if (flags & FLAG_RESERVED) return fail('malformed');
  const sizeCode = flags & 3;
  const marketCode = (flags >> 2) & 3;
  if (sizeCode > sizeBands.length || marketCode > codeMarkets.length) return fail('malformed');
  const runnerCode = version === 1 ? 0 : body.u8();
  if (runnerCode > runnerIds.length) return fail('malformed');
  const profile: Record<string, string> = {};
  if (flags & FLAG_COMPANY) profile.companyName = body.string();
  if (flags & FLAG_INDUSTRY) profile.industry = body.string();
  if (sizeCode) profile.size = sizeBands[sizeCode - 1]!;
  if (marketCode) profile.market = codeMarkets[marketCode - 1]!;
  if (runnerCode) profile.runner = runnerIds[runnerCode - 1]!;
  let notes: Record<string, string> | undefined;
  if (flags & FLAG_NOTES) {
    const mask = body.u16();
    if (mask >> codeNoteKeys.length) return fail('malformed');
    notes = {};
    codeNoteKeys.forEach((id, i) => {
      if (mask & (1 << i)) notes![id] = body.string();
    });
  }
  // Codes before version 3 carry no channel answers: they read as none given.
  const channels = version >= 3 ? readChannels(body) : emptyChannelAnswers();
  if (!body.atEnd()) return fail('malformed');

  // A code of an earlier version may answer items the check no longer asks: drop them, and say how many.
  const asked = new Set(currentItems.map((item) => item.id));
  let droppedAnswers = 0;
  for (const id of Object.keys(answers)) {
    if (!asked.has(id)) {
      delete answers[id];
      droppedAnswers += 1;
    }
  }

  const createdAtDate = new Date(minutes * MINUTE_MS);
  if (Number.isNaN(createdAtDate.getTime())) return fail('invalid');
  const createdAt = v.safeParse(createdAtSchema, createdAtDate.toISOString());
  const parsedAnswers = v.safeParse(answersSchema, answers);
  const parsedProfile = v.safeParse(profileSchema, profile);
  const parsedNotes = notes === undefined ? undefined : v.safeParse(notesSchema, notes);
  const parsedChannels = v.safeParse(channelAnswersSchema, channels);
  if (!createdAt.success || !parsedAnswers.success || !parsedProfile.success || parsedNotes?.success === false || !parsedChannels.success) {
    return fail('invalid');
  }
  const value: SharePayload = {
    createdAt: createdAt.output,
    answers: parsedAnswers.output,
    profile: parsedProfile.output,
    channels: parsedChannels.output,
  };
  if (parsedNotes) value.notes = parsedNotes.output;
  return { ok: true, value, version, droppedAnswers };
}

const FORMATS_GIVEN = 1 << 5;

/** Writes the channel answers as 5 bytes; see the format above. */
function writeChannels(body: ByteWriter, channels: ChannelAnswers) {
  const reach = channels.reach === undefined ? 0 : reaches.indexOf(channels.reach) + 1;
  const hours = channels.hours === undefined ? 0 : weeklyHours.indexOf(channels.hours) + 1;
  body.u8(reach | (hours << 2) | (channels.formats === undefined ? 0 : FORMATS_GIVEN));
  let kinds = 0;
  channelGoals.forEach((goal, i) => {
    if (channels.goals.includes(goal)) kinds |= 1 << i;
  });
  contentFormats.forEach((format, i) => {
    if (channels.formats?.includes(format)) kinds |= 1 << (5 + i);
  });
  body.u8(kinds);
  let states = 0;
  channelIds.forEach((id, i) => {
    const state = channels.existing[id];
    if (state !== undefined) states |= (channelStates.indexOf(state) + 1) << (2 * i);
  });
  body.u8(states & 0xff);
  body.u8((states >> 8) & 0xff);
  body.u8(states >> 16);
}

/** Reads the 5 bytes of channel answers; reserved bits or codes out of range are a malformed code. */
function readChannels(body: ByteReader): ChannelAnswers {
  const head = body.u8();
  const kinds = body.u8();
  const states = body.u8() | (body.u8() << 8) | (body.u8() << 16);
  const reach = head & 3;
  const hours = (head >> 2) & 7;
  const formatsGiven = (head & FORMATS_GIVEN) !== 0;
  if (head >> 6 || reach > reaches.length || hours > weeklyHours.length || states >> (2 * channelIds.length)) {
    throw new DecodeFailure('malformed');
  }
  if (!formatsGiven && kinds >> 5) throw new DecodeFailure('malformed');
  const channels: ChannelAnswers = {
    goals: channelGoals.filter((_, i) => kinds & (1 << i)),
    existing: {},
  };
  if (reach) channels.reach = reaches[reach - 1]!;
  if (hours) channels.hours = weeklyHours[hours - 1]!;
  if (formatsGiven) channels.formats = contentFormats.filter((_, i) => kinds & (1 << (5 + i)));
  channelIds.forEach((id, i) => {
    const code = (states >> (2 * i)) & 3;
    if (code > channelStates.length) throw new DecodeFailure('malformed');
    if (code) channels.existing[id] = channelStates[code - 1]!;
  });
  return channels;
}

function fail(error: ShareError): DecodeResult {
  return { ok: false, error };
}

/** Thrown inside decoders only; the public decoders turn it into an error result. Shared with lib/team-code.ts. */
export class DecodeFailure extends Error {
  constructor(readonly reason: ShareError) {
    super(reason);
  }
}

/** Packs answers into 3 bits per item, in the order of `items`. */
export function packAnswers(answers: Answers, items: readonly { id: string }[]): Uint8Array {
  const out = new Uint8Array(Math.ceil((items.length * 3) / 8));
  items.forEach((item, i) => {
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const code = value === undefined ? 0 : answerCodes.indexOf(value) + 1;
    for (let b = 0; b < 3; b++) {
      if (code & (4 >> b)) {
        const bit = i * 3 + b;
        out[bit >> 3]! |= 0x80 >> (bit & 7);
      }
    }
  });
  return out;
}

/** Reads `count` packed answers; non-zero padding bits are a malformed code. */
export function unpackAnswers(packed: Uint8Array, items: readonly { id: string }[], count: number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const readBit = (bit: number) => (packed[bit >> 3]! >> (7 - (bit & 7))) & 1;
  for (let i = 0; i < count; i++) {
    const code = (readBit(i * 3) << 2) | (readBit(i * 3 + 1) << 1) | readBit(i * 3 + 2);
    if (code !== 0) answers[items[i]!.id] = answerCodes[code - 1]!;
  }
  for (let bit = count * 3; bit < packed.length * 8; bit++) {
    if (readBit(bit)) throw new DecodeFailure('malformed');
  }
  return answers;
}

/** 16-bit FNV-1a over the first `count` item ids. */
export function fingerprintItems(items: readonly { id: string }[], count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < count; i++) {
    const id = `${items[i]!.id}\n`;
    for (let c = 0; c < id.length; c++) {
      hash ^= id.charCodeAt(c);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** Maps a signed integer to a non-negative one for varint encoding. */
export function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

/** Reverses `zigzag`. */
export function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

/** Collects bytes for a code frame. */
export class ByteWriter {
  private chunks: number[] = [];

  u8(n: number) {
    this.chunks.push(n & 0xff);
  }

  u16(n: number) {
    this.u8(n >>> 8);
    this.u8(n);
  }

  u32(n: number) {
    this.u16(n >>> 16);
    this.u16(n & 0xffff);
  }

  /** Unsigned LEB128 for non-negative safe integers (uses arithmetic, not 32-bit shifts). */
  varint(n: number) {
    let rest = n;
    while (rest >= 0x80) {
      this.u8((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.u8(rest);
  }

  bytes(data: Uint8Array) {
    for (const b of data) this.chunks.push(b);
  }

  string(s: string) {
    const data = encodeWtf8(s);
    this.varint(data.length);
    this.bytes(data);
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

/** Reads a code frame; running short throws a DecodeFailure with `onShort`. */
export class ByteReader {
  offset = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly onShort: ShareError,
  ) {}

  private need(n: number) {
    if (n < 0 || this.offset + n > this.data.length) throw new DecodeFailure(this.onShort);
  }

  u8(): number {
    this.need(1);
    return this.data[this.offset++]!;
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.u8();
      value += (b & 0x7f) * scale;
      if (!(b & 0x80)) {
        // A trailing zero byte would be a second spelling of the same number.
        if (i > 0 && b === 0) throw new DecodeFailure('malformed');
        return value;
      }
      scale *= 0x80;
    }
    throw new DecodeFailure('malformed');
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.data.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  string(): string {
    const decoded = decodeWtf8(this.bytes(this.varint()));
    if (decoded === null) throw new DecodeFailure('malformed');
    return decoded;
  }

  atEnd(): boolean {
    return this.offset === this.data.length;
  }
}

/** Reads a big-endian u32 at `at`. */
export function readU32(data: Uint8Array, at: number): number {
  return ((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;
}

/*
 * WTF-8: UTF-8 that also carries lone surrogates, so every JS string round-trips exactly
 * (the schemas' `slice` can cut an emoji in half at a length cap; TextEncoder would turn that into U+FFFD).
 */
function encodeWtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Strict WTF-8 decoding: overlong forms, out-of-range code points and surrogate pairs spelled as two units are rejected. */
function decodeWtf8(data: Uint8Array): string | null {
  const units: number[] = [];
  let previousWasHighSurrogate = false;
  for (let i = 0; i < data.length; ) {
    const b0 = data[i]!;
    let cp: number;
    let len: number;
    if (b0 < 0x80) [cp, len] = [b0, 1];
    else if (b0 >= 0xc2 && b0 < 0xe0) [cp, len] = [b0 & 0x1f, 2];
    else if (b0 >= 0xe0 && b0 < 0xf0) [cp, len] = [b0 & 0x0f, 3];
    else if (b0 >= 0xf0 && b0 < 0xf5) [cp, len] = [b0 & 0x07, 4];
    else return null;
    if (i + len > data.length) return null;
    for (let k = 1; k < len; k++) {
      const b = data[i + k]!;
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 63);
    }
    if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      previousWasHighSurrogate = false;
      continue;
    }
    const isLow = cp >= 0xdc00 && cp <= 0xdfff;
    if (isLow && previousWasHighSurrogate) return null;
    previousWasHighSurrogate = cp >= 0xd800 && cp <= 0xdbff;
    units.push(cp);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_INDEX = new Map([...BASE64URL].map((c, i) => [c, i]));

/** Encodes bytes as unpadded base64url. */
export function toBase64Url(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = data.length - i >= 3 ? 4 : data.length - i + 1;
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Decodes unpadded base64url; a lone final character or non-zero padding bits are reported, not thrown. */
export function fromBase64Url(text: string): { bytes: Uint8Array; dangling: boolean; dirtyPadding: boolean } | null {
  const values: number[] = [];
  for (const c of text) {
    const v = BASE64URL_INDEX.get(c);
    if (v === undefined) return null;
    values.push(v);
  }
  const dangling = values.length % 4 === 1;
  if (dangling) values.pop();
  const bytes = new Uint8Array(Math.floor((values.length * 6) / 8));
  let dirtyPadding = false;
  for (let i = 0; i < values.length; i += 4) {
    const group = values.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (group[k] ?? 0);
    const count = group.length - 1;
    const at = (i / 4) * 3;
    for (let k = 0; k < count; k++) bytes[at + k] = (n >> (16 - 8 * k)) & 0xff;
    if (count < 3 && (n & ((1 << (24 - 8 * count)) - 1)) !== 0) dirtyPadding = true;
  }
  return { bytes, dangling, dirtyPadding };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of the bytes. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of data) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
