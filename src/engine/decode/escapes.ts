import { HEX_VALUE, mostlyText } from "./text.js";
import type { DecodedSpan } from "./types.js";

/** Characters a string literal is searched for on each side of an escape, at most. */
const MAX_REACH = 4096;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

const SIMPLE: Record<number, string> = {
  110: "\n",
  116: "\t",
  114: "\r",
  98: "\b",
  102: "\f",
};

function hexAt(bytes: Uint8Array, at: number, digits: number, end: number): number {
  if (at + digits > end) return -1;
  let value = 0;
  for (let i = 0; i < digits; i++) {
    const digit = HEX_VALUE[bytes[at + i] as number] as number;
    if (digit < 0) return -1;
    value = (value << 4) | digit;
  }
  return value;
}

function isAlphanumeric(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
}

/** The character `\uXXXX` or `\xNN` at `at` stands for, and the escape's length; -1 if none. */
function escapedCode(bytes: Uint8Array, at: number, to: number): [number, number] {
  const kind = bytes[at + 1];
  if (kind === 0x75) return [hexAt(bytes, at + 2, 4, to), 6];
  if (kind === 0x78) return [hexAt(bytes, at + 2, 2, to), 4];
  return [-1, 0];
}

/**
 * Whether the escape at `at` can be part of a credential: `\/` between letters or digits (a
 * base64 value escaped by a JSON encoder), or `\uXXXX` / `\xNN` standing for a letter, digit
 * or `_-+/=`, beside a letter, digit or another such escape. Escapes in regular expressions
 * and Unicode tables, which minified code is full of, are not.
 */
function hidesTokenCharacter(bytes: Uint8Array, at: number, from: number, to: number): boolean {
  const before = at > from ? (bytes[at - 1] as number) : 0;
  if (bytes[at + 1] === 0x2f)
    return isAlphanumeric(before) && at + 2 < to && isAlphanumeric(bytes[at + 2] as number);
  const [code, length] = escapedCode(bytes, at, to);
  if (
    code < 0 ||
    !(
      isAlphanumeric(code) ||
      code === 0x5f ||
      code === 0x2d ||
      code === 0x2b ||
      code === 0x3d ||
      // `/`, which base64 values hold: JSON encoders that escape it write \u002F.
      code === 0x2f
    )
  ) {
    return false;
  }
  const after = at + length < to ? (bytes[at + length] as number) : 0;
  return (
    isAlphanumeric(before) ||
    isAlphanumeric(after) ||
    (after === BACKSLASH && escapedCode(bytes, at + length, to)[0] >= 0)
  );
}

/**
 * String literals of `bytes[from, to)` holding `\uXXXX`, `\xNN` or `\/` escapes that can
 * hide part of a credential (JSON and JavaScript strings), decoded; `escapes` are the offsets
 * where `\u00`, `\x` or `\/` starts (see candidates.ts). A credential character is ASCII, so
 * `\u00` suffices, and `\n` and the like are read by the detectors that need them (PEM
 * blocks): strings with only those, and escapes of Unicode tables, which minified code is full
 * of, are left alone.
 */
export function escapeRuns(
  bytes: Uint8Array,
  from: number,
  to: number,
  escapes: readonly number[],
  out: DecodedSpan[],
): void {
  // Escapes before `resume` lie in a literal already decoded.
  let resume = from;
  for (const at of escapes) {
    if (at < resume || !hidesTokenCharacter(bytes, at, from, to)) continue;
    const [start, end, quote] = literalAround(bytes, at, from, to);
    const text = unescapeLiteral(bytes, start, end);
    if (mostlyText(text)) {
      // The literal's name goes with it (`"SecretAccessKey": "`, as context for the detectors
      // that need one), then its closing quote; `prefix` marks the bytes that are not decoded.
      const lineFrom = lineStartBefore(bytes, start, Math.max(from, start - MAX_NAME_REACH));
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + lineFrom, start - lineFrom);
      const closing = quote === 0 ? [] : [Buffer.of(quote)];
      out.push({
        start,
        end,
        encoding: quote === 0x22 ? "json" : "escape",
        text: Buffer.concat([name, text, ...closing]),
        prefix: name.length,
      });
    }
    resume = Math.max(end, at + 2);
  }
}

/** Bytes of a literal's line kept before it as its name: a key and its separator fit. */
const MAX_NAME_REACH = 120;

/** The start of the line holding `at`, or `limit` if the line starts before it. */
function lineStartBefore(bytes: Uint8Array, at: number, limit: number): number {
  let start = at;
  while (start > limit && bytes[start - 1] !== NEWLINE) start--;
  return start;
}

/**
 * The content of the string literal around the escape at `at`: from just after the nearest
 * quote before it on its line to the matching quote after it. Without a quote, the run of
 * non-space bytes around it (an escaped value outside a literal).
 */
function literalAround(bytes: Uint8Array, at: number, from: number, to: number): [number, number, number] {
  let start = at;
  let quote = 0;
  while (start > from && at - start < MAX_REACH) {
    const byte = bytes[start - 1] as number;
    if (byte === 0x22 || byte === 0x27 || byte === 0x60) {
      quote = byte;
      break;
    }
    if (byte === NEWLINE) break;
    start--;
  }
  if (quote === 0) {
    start = at;
    while (start > from && at - start < MAX_REACH && (bytes[start - 1] as number) > 0x20) start--;
  }
  let end = at;
  while (end < to && end - at < MAX_REACH) {
    const byte = bytes[end] as number;
    if (byte === BACKSLASH) end += 2;
    else if (byte === NEWLINE || (quote === 0 ? byte <= 0x20 : byte === quote)) break;
    else end++;
  }
  return [start, Math.min(end, to), quote];
}

/** Decodes the JSON and JavaScript escapes of `bytes[start, end)` to UTF-8. */
function unescapeLiteral(bytes: Uint8Array, start: number, end: number): Buffer {
  let text = "";
  let copied = start;
  for (let i = start; i < end; i++) {
    if (bytes[i] !== BACKSLASH || i + 1 >= end) continue;
    text += Buffer.from(bytes.buffer, bytes.byteOffset + copied, i - copied).toString("utf8");
    const kind = bytes[i + 1] as number;
    const code =
      kind === 0x75 ? hexAt(bytes, i + 2, 4, end) : kind === 0x78 ? hexAt(bytes, i + 2, 2, end) : -1;
    if (code >= 0) {
      text += String.fromCharCode(code);
      i += kind === 0x75 ? 5 : 3;
    } else {
      text += SIMPLE[kind] ?? String.fromCharCode(kind);
      i += 1;
    }
    copied = i + 1;
  }
  text += Buffer.from(bytes.buffer, bytes.byteOffset + copied, Math.max(0, end - copied)).toString("utf8");
  return Buffer.from(text, "utf8");
}
