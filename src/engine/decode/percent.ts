import { HEX_VALUE, mostlyText } from "./text.js";
import type { DecodedSpan } from "./types.js";

/** Bytes a percent-encoded span extends over on each side of its first `%XX`, at most. */
const MAX_REACH = 4096;
const PERCENT = 0x25;

/** Printable ASCII that can be part of a URL or a form value: not a space, quote or bracket. */
function isUrlByte(byte: number): boolean {
  return (
    byte > 0x20 &&
    byte < 0x7f &&
    byte !== 0x22 && // "
    byte !== 0x27 && // '
    byte !== 0x3c && // <
    byte !== 0x3e && // >
    byte !== 0x5c && // \
    byte !== 0x60 // `
  );
}

/**
 * Percent-encoded spans of `bytes[from, to)` (a URL or form value holding `%XX`), decoded;
 * `percents` are the offsets of `%` there (see candidates.ts). A span is the unbroken run of
 * URL bytes around a `%XX`.
 */
export function percentRuns(
  bytes: Uint8Array,
  from: number,
  to: number,
  percents: readonly number[],
  out: DecodedSpan[],
): void {
  // A `%` before `resume` lies in a span already decoded.
  let resume = from;
  for (const at of percents) {
    if (at + 2 >= to) break;
    if (
      at < resume ||
      (HEX_VALUE[bytes[at + 1] as number] as number) < 0 ||
      (HEX_VALUE[bytes[at + 2] as number] as number) < 0
    ) {
      continue;
    }
    let start = at;
    while (start > from && at - start < MAX_REACH && isUrlByte(bytes[start - 1] as number)) start--;
    let end = at;
    while (end < to && end - at < MAX_REACH && isUrlByte(bytes[end] as number)) end++;
    const decoded = Buffer.allocUnsafe(end - start);
    let length = 0;
    for (let i = start; i < end; i++) {
      const high = i + 2 < end ? (HEX_VALUE[bytes[i + 1] as number] as number) : -1;
      const low = high >= 0 ? (HEX_VALUE[bytes[i + 2] as number] as number) : -1;
      if (bytes[i] === PERCENT && low >= 0) {
        decoded[length++] = (high << 4) | low;
        i += 2;
      } else decoded[length++] = bytes[i] as number;
    }
    const text = decoded.subarray(0, length);
    if (mostlyText(text)) out.push({ start, end, encoding: "percent", text });
    resume = end;
  }
}
