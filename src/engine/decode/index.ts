/**
 * Decoders: the encoded spans of a buffer (base64, base64url, hex, percent-encoding, string
 * escapes) and the text they decode to. Pure: bytes in, decoded spans out. One pass over the
 * bytes finds the runs that can be base64 or hex, the escapes and the `%` signs (candidates.ts); a span is decoded only when it is well formed and decodes to text, so that
 * ordinary code costs little.
 */
import { alphabetRuns, MIN_BASE64 } from "./base64.js";
import { candidates, type DecodePlace } from "./candidates.js";
import { escapeRuns } from "./escapes.js";
import { percentRuns } from "./percent.js";
import type { DecodedSpan } from "./types.js";

export type { DecodePlace } from "./candidates.js";
export type { DecodedSpan, Encoding } from "./types.js";

/**
 * The encoded spans of `bytes[from, to)` that decode to text, in order of their start. With a
 * `place`, bytes in its WebAssembly memory are searched there (see `DecodePlace`). Where a span
 * that looks like encoded text is too large to decode, its start goes to `undecoded`.
 */
export function decodeSpans(
  bytes: Uint8Array,
  from = 0,
  to = bytes.length,
  place?: DecodePlace,
  undecoded: number[] = [],
): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  const { runs, escapes, percents } = candidates(bytes, from, to, MIN_BASE64, place);
  alphabetRuns(bytes, to, runs, spans, undecoded);
  percentRuns(bytes, from, to, percents, spans);
  escapeRuns(bytes, from, to, escapes, spans);
  return spans.sort((a, b) => a.start - b.start);
}
