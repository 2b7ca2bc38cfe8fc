/**
 * How a span of text was encoded. `base64+gzip`: gzip data in base64 (`H4sI...`), as cloud-init
 * `encoding: gz+b64` files and Helm's release Secrets hold text.
 */
export type Encoding = "base64" | "base64+gzip" | "hex" | "percent" | "json" | "escape";

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
