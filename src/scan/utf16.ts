/**
 * UTF-16 text (Windows tools write it: PowerShell, regedit, some .NET config), which git's NUL
 * rule calls binary. Recognised by its byte order mark, or by the NULs ASCII text leaves in
 * every other byte, and transcoded to UTF-8 as it streams, so that lines and columns are
 * counted on the text as they are for any other input.
 */

import { TextDecoder } from "node:util";

export type Utf16Encoding = "utf-16le" | "utf-16be";

/** Share of the code units that must be ASCII (a NUL high byte) to call BOM-less bytes UTF-16. */
const ASCII_SHARE = 0.5;
/**
 * Share of the code units that may have a NUL low byte instead (U+0100, U+DE00: the low half
 * of some emoji) without the bytes being taken for binary.
 */
const OTHER_NUL_SHARE = 0.02;
/** Without a BOM, a few bytes with a NUL prove nothing: at least this many code units are looked at. */
const MIN_UNITS = 16;

/** Whether `sniff` (an input's first bytes, which hold a NUL) starts UTF-16 text, and which. */
export function utf16Encoding(sniff: Uint8Array): Utf16Encoding | undefined {
  if (sniff[0] === 0xff && sniff[1] === 0xfe) return "utf-16le";
  if (sniff[0] === 0xfe && sniff[1] === 0xff) return "utf-16be";
  // Without a BOM: NULs in at least half of the odd bytes (little-endian) or of the even ones
  // (big-endian), and hardly any in the others.
  const units = Math.floor(sniff.length / 2);
  if (units < MIN_UNITS) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < 2 * units; i += 2) {
    if (sniff[i] === 0) evenNuls++;
    if (sniff[i + 1] === 0) oddNuls++;
  }
  const few = OTHER_NUL_SHARE * units;
  if (evenNuls <= few && oddNuls >= ASCII_SHARE * units) return "utf-16le";
  if (oddNuls <= few && evenNuls >= ASCII_SHARE * units) return "utf-16be";
  return undefined;
}

/** A transcoder for `sniff` when it starts UTF-16 text. */
export function transcoderFor(sniff: Uint8Array): Utf16Transcoder | undefined {
  const encoding = utf16Encoding(sniff);
  return encoding === undefined ? undefined : new Utf16Transcoder(encoding);
}

/**
 * Transcodes UTF-16 to UTF-8 piece by piece: a code unit or surrogate pair split between two
 * pieces is held until the next one (the decoder's streaming mode). A BOM is dropped.
 */
export class Utf16Transcoder {
  private readonly decoder: TextDecoder;

  constructor(encoding: Utf16Encoding) {
    this.decoder = new TextDecoder(encoding);
  }

  write(bytes: Uint8Array): Buffer {
    return Buffer.from(this.decoder.decode(bytes, { stream: true }), "utf8");
  }

  /** What is left: a dangling half code unit becomes U+FFFD. */
  end(): Buffer {
    return Buffer.from(this.decoder.decode(), "utf8");
  }
}
