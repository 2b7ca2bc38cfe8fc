/** How a span of text was encoded. */
export type Encoding = "base64" | "hex" | "percent" | "json" | "escape";

/** An encoded span of a buffer and the bytes it decodes to. */
export interface DecodedSpan {
  /** Byte offsets of the encoded span in the buffer searched. */
  readonly start: number;
  readonly end: number;
  readonly encoding: Encoding;
  readonly text: Buffer;
  /**
   * Bytes at the start of `text` that are context, not decoded text: the key a value was
   * written under, for the detectors that need a name beside the value.
   */
  readonly prefix?: number;
}
