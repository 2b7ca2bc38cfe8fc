/**
 * Decoders: the encoded spans of a buffer (base64, base64url, hex, percent-encoding, string
 * escapes) and the text they decode to. Pure: bytes in, decoded spans out. Each finder is one
 * linear pass (a class table, or a native search for `%` and `\`), and a span is decoded only
 * when it is well formed and decodes to text, so that ordinary code costs little.
 */
import { alphabetRuns } from "./base64.js";
import { escapeRuns } from "./escapes.js";
import { percentRuns } from "./percent.js";
import type { DecodedSpan } from "./types.js";

export type { DecodedSpan, Encoding } from "./types.js";

/** The encoded spans of `bytes[from, to)` that decode to text, in order of their start. */
export function decodeSpans(bytes: Uint8Array, from = 0, to = bytes.length): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  alphabetRuns(bytes, from, to, spans);
  percentRuns(bytes, from, to, spans);
  escapeRuns(bytes, from, to, spans);
  return spans.sort((a, b) => a.start - b.start);
}
