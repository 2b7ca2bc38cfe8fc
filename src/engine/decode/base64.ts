import { gunzipSync } from "node:zlib";
import { HEX_VALUE, isTextByte, mostlyText } from "./text.js";
import type { DecodedSpan } from "./types.js";

/**
 * Shortest base64 or hex run decoded: 30 (hex: 20) bytes. Decoded text is scanned without the
 * key it was assigned to, so only self-identifying credentials (a vendor prefix, a PEM block, a
 * URL with a password, a whole config file) can be found in it, and those are longer.
 */
export const MIN_BASE64 = 40;
/**
 * Longest run decoded. Longer runs are embedded files (images, fonts, inline source maps),
 * not credentials, and skipping them bounds the work a hostile line can cause.
 */
export const MAX_RUN = 64 * 1024;
/**
 * Longest run of gzip data in base64 decoded: a Helm release Secret (the whole chart and its
 * values, gzipped) runs to a few hundred KB. Its text is capped at `MAX_GUNZIPPED`, so a
 * compression bomb costs no more than that.
 */
const MAX_GZIP_RUN = 1024 * 1024;
const MAX_GUNZIPPED = 4 * 1024 * 1024;
/** `H4sI`: the base64 of gzip's magic bytes and its deflate method (1f 8b 08). */
const GZIP_IN_BASE64 = [0x48, 0x34, 0x73, 0x49];

// Character classes of the bytes that can make up a run.
const ALNUM = 1;
const STANDARD = 2; // + and / (base64)
const URL_SAFE = 4; // - and _ (base64url)
const NOT_HEX = 8;

const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let c = 0x30; c <= 0x39; c++) table[c] = ALNUM;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = ALNUM | (c > 0x46 ? NOT_HEX : 0);
  for (let c = 0x61; c <= 0x7a; c++) table[c] = ALNUM | (c > 0x66 ? NOT_HEX : 0);
  table[0x2b] = STANDARD | NOT_HEX;
  table[0x2f] = STANDARD | NOT_HEX;
  table[0x2d] = URL_SAFE | NOT_HEX;
  table[0x5f] = URL_SAFE | NOT_HEX;
  return table;
})();

/** Value of each base64 and base64url character. */
const SIXTET: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  table[0x2d] = 62;
  table[0x5f] = 63;
  return table;
})();

const EQUALS = 0x3d;

/**
 * The base64, base64url and hex runs among `runs` (maximal runs of their characters, at least
 * `MIN_BASE64` long, as [start, end) pairs: see candidates.ts) that decode to text. A run is
 * decoded only when well formed and its first bytes decode to text, which rejects nearly every
 * long identifier before any allocation. The starts of runs that look like encoded text but are
 * past the size limits go to `undecoded`: their inside is not read, and the caller says so.
 */
export function alphabetRuns(
  bytes: Uint8Array,
  to: number,
  runs: readonly number[],
  out: DecodedSpan[],
  undecoded: number[],
): void {
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] as number;
    const end = runs[i + 1] as number;
    if (startsWithGzip(bytes, start)) {
      if (!gzipRun(bytes, start, end, to, out)) undecoded.push(start);
      continue;
    }
    // Most runs (identifiers, hashes) fail at their first bytes, before the run is read whole.
    if (!(quantumIsText(bytes, start) || hexByteIsText(bytes, start))) continue;
    if (end - start > MAX_RUN) {
      undecoded.push(start);
      continue;
    }
    let classes = 0;
    for (let at = start; at < end; at++) classes |= CLASS[bytes[at] as number] as number;
    let padded = end;
    while (padded < to && padded - end < 2 && bytes[padded] === EQUALS) padded++;
    decodeRun(bytes, start, end, padded, classes, out);
  }
}

function decodeRun(
  bytes: Uint8Array,
  start: number,
  end: number,
  padded: number,
  classes: number,
  out: DecodedSpan[],
): void {
  const length = end - start;
  if ((classes & NOT_HEX) === 0) {
    if (length % 2 === 0 && padded === end) hexRun(bytes, start, end, out);
    return;
  }
  if ((classes & STANDARD) !== 0 && (classes & URL_SAFE) !== 0) return;
  if (length % 4 === 1 || (padded > end && (padded - start) % 4 !== 0)) return;
  if (!quantumIsText(bytes, start)) return;
  const decoded = base64Text(bytes, start, end);
  if (decoded !== undefined) out.push({ start, end: padded, encoding: "base64", text: decoded });
}

function startsWithGzip(bytes: Uint8Array, at: number): boolean {
  return GZIP_IN_BASE64.every((byte, offset) => bytes[at + offset] === byte);
}

/**
 * A run of gzip data in base64, gunzipped, when it holds text. False when it is past the size
 * limits, and so was not read.
 */
function gzipRun(bytes: Uint8Array, start: number, end: number, to: number, out: DecodedSpan[]): boolean {
  if (end - start > MAX_GZIP_RUN) return false;
  let padded = end;
  while (padded < to && padded - end < 2 && bytes[padded] === EQUALS) padded++;
  const encoded = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
  let text: Buffer;
  try {
    text = gunzipSync(Buffer.from(encoded, "base64"), { maxOutputLength: MAX_GUNZIPPED });
  } catch (error) {
    // Not gzip after all, or cut short: nothing to scan. Past the cap: not read.
    return (error as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE";
  }
  if (mostlyText(text)) out.push({ start, end: padded, encoding: "base64+gzip", text });
  return true;
}

/** Where runs are decoded: long runs are rare, most are given up after a few bytes. */
const scratch = Buffer.allocUnsafe((MAX_RUN * 3) / 4 + 3);

/**
 * The text `bytes[start, end)` decodes to, or `undefined` as soon as more than a tenth of its
 * bytes are not text (an identifier that starts like base64 of text fails within a few bytes,
 * without allocating).
 */
function base64Text(bytes: Uint8Array, start: number, end: number): Buffer | undefined {
  const size = Math.floor(((end - start) * 3) / 4);
  let allowed = Math.floor(size / 10);
  let length = 0;
  let bits = 0;
  let held = 0;
  for (let i = start; i < end; i++) {
    bits = (bits << 6) | (SIXTET[bytes[i] as number] as number);
    held += 6;
    if (held >= 8) {
      held -= 8;
      const byte = (bits >>> held) & 0xff;
      if (byte === 0 || (!isTextByte(byte) && --allowed < 0)) return undefined;
      scratch[length++] = byte;
    }
  }
  return length === 0 ? undefined : Buffer.from(scratch.subarray(0, length));
}

/** Whether the first four characters at `at` decode to three text bytes. */
function quantumIsText(bytes: Uint8Array, at: number): boolean {
  const bits =
    ((SIXTET[bytes[at] as number] as number) << 18) |
    ((SIXTET[bytes[at + 1] as number] as number) << 12) |
    ((SIXTET[bytes[at + 2] as number] as number) << 6) |
    (SIXTET[bytes[at + 3] as number] as number);
  return isTextByte(bits >>> 16) && isTextByte((bits >>> 8) & 0xff) && isTextByte(bits & 0xff);
}

/** Whether the two characters at `at` are hex digits of a text byte. */
function hexByteIsText(bytes: Uint8Array, at: number): boolean {
  const high = HEX_VALUE[bytes[at] as number] as number;
  const low = HEX_VALUE[bytes[at + 1] as number] as number;
  return high >= 0 && low >= 0 && isTextByte((high << 4) | low);
}

function hexRun(bytes: Uint8Array, start: number, end: number, out: DecodedSpan[]): void {
  if (!hexByteIsText(bytes, start)) return;
  const decoded = Buffer.allocUnsafe((end - start) / 2);
  for (let i = 0; i < decoded.length; i++) {
    decoded[i] =
      ((HEX_VALUE[bytes[start + 2 * i] as number] as number) << 4) |
      (HEX_VALUE[bytes[start + 2 * i + 1] as number] as number);
  }
  if (mostlyText(decoded)) out.push({ start, end, encoding: "hex", text: decoded });
}
