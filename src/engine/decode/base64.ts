import { HEX_VALUE, isTextByte, mostlyText } from "./text.js";
import type { DecodedSpan } from "./types.js";

/**
 * Shortest base64 or hex run decoded: 30 (hex: 20) bytes. Decoded text is scanned without the
 * key it was assigned to, so only self-identifying credentials (a vendor prefix, a PEM block, a
 * URL with a password, a whole config file) can be found in it, and those are longer. The
 * search jumps this far (below), so the length also sets the cost on ordinary code: at 24
 * characters the search cost a quarter more.
 */
export const MIN_BASE64 = 40;
/**
 * Longest run decoded. Longer runs are embedded files (images, fonts, inline source maps),
 * not credentials, and skipping them bounds the work a hostile line can cause.
 */
export const MAX_RUN = 64 * 1024;

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
 * Base64, base64url and hex runs of `bytes[from, to)` that decode to text. Runs shorter than
 * `MIN_BASE64` are not wanted, so the search looks at the last byte a run could end at, then
 * back until a byte outside the alphabet, and jumps past it: on ordinary text most bytes are
 * never looked at (a byte-by-byte pass cost more than a third of the whole scan). A run is
 * decoded only when well formed and its first bytes decode to text, which rejects nearly every
 * long identifier before any allocation.
 */
export function alphabetRuns(bytes: Uint8Array, from: number, to: number, out: DecodedSpan[]): void {
  // `floor`: no run starts before it (the byte before it is outside the alphabet, or ends a run).
  let floor = from;
  let last = from + MIN_BASE64 - 1;
  while (last < to) {
    let at = last;
    while (at >= floor && CLASS[bytes[at] as number] !== 0) at--;
    if (last - at < MIN_BASE64) {
      // `at` is outside the alphabet: a run must start after it.
      floor = at + 1;
      last = at + MIN_BASE64;
      continue;
    }
    // `bytes[at + 1 .. last]` is a long enough run (or starts at `floor`): find its ends.
    const start = at + 1;
    let classes = 0;
    for (let i = start; i <= last; i++) classes |= CLASS[bytes[i] as number] as number;
    let end = last + 1;
    while (end < to) {
      const c = CLASS[bytes[end] as number] as number;
      if (c === 0) break;
      classes |= c;
      end++;
    }
    let padded = end;
    while (padded < to && padded - end < 2 && bytes[padded] === EQUALS) padded++;
    floor = padded;
    last = padded + MIN_BASE64 - 1;
    if (end - start <= MAX_RUN) decodeRun(bytes, start, end, padded, classes, out);
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

function hexRun(bytes: Uint8Array, start: number, end: number, out: DecodedSpan[]): void {
  const first =
    ((HEX_VALUE[bytes[start] as number] as number) << 4) | (HEX_VALUE[bytes[start + 1] as number] as number);
  if (!isTextByte(first)) return;
  const decoded = Buffer.allocUnsafe((end - start) / 2);
  for (let i = 0; i < decoded.length; i++) {
    decoded[i] =
      ((HEX_VALUE[bytes[start + 2 * i] as number] as number) << 4) |
      (HEX_VALUE[bytes[start + 2 * i + 1] as number] as number);
  }
  if (mostlyText(decoded)) out.push({ start, end, encoding: "hex", text: decoded });
}
