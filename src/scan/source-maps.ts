/**
 * A source map's `mappings` value is, by the format's specification, nothing but Base64 VLQ
 * position data (letters, digits, `+`, `/`, `,` and `;`): it cannot hold a credential. It is
 * also what a keyword pass trips on most. In the benchmark corpus (npm packages) these values
 * are 28 MB of 430 MB, yet hold 43% of all keyword hits, nearly all of them Meta's `EAA`
 * prefix in segments such as `,EAAE`, each of which costs a look at the text after it.
 * So the engine is told to skip them. The rest of a source map is scanned: `sourcesContent`
 * holds the original sources, secrets and all.
 */

/**
 * A tracker for one input read in chunks, when `path` names a source map by its usual name
 * (`app.js.map`, `x.css.map`); `undefined` for any other file.
 */
export function sourceMapTracker(path: string): SourceMapMappings | undefined {
  return path.endsWith(".map") ? new SourceMapMappings() : undefined;
}

const KEY = Buffer.from('"mappings"', "latin1");
const QUOTE = 0x22;
const COLON = 0x3a;

function isJsonSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * Finds the `mappings` string values of one source map read in overlapping chunks, carrying
 * what it learnt from one chunk to the next (a value of a large map spans many chunks).
 * Offsets it keeps are absolute, in the whole input.
 */
export class SourceMapMappings {
  /** Where the value being tracked starts (just past its opening quote), or -1. */
  private valueStart = -1;
  /** Where it ends (its closing quote), or -1 while not seen yet. */
  private valueEnd = -1;

  /**
   * The spans of `bytes` (which start at absolute offset `bufferStart`) inside a `mappings`
   * value, as [start, end) pairs relative to `bytes`, for the engine's `skip` option.
   */
  spansIn(bytes: Buffer, bufferStart: number): number[] {
    const spans: number[] = [];
    let at = 0;
    for (;;) {
      if (this.valueStart < 0 || (this.valueEnd >= 0 && this.valueEnd <= bufferStart + at)) {
        if (!this.findValue(bytes, bufferStart, at)) return spans;
      }
      const from = Math.max(0, this.valueStart - bufferStart);
      if (this.valueEnd < 0) {
        const quote = bytes.indexOf(QUOTE, from);
        if (quote === -1) {
          if (from < bytes.length) spans.push(from, bytes.length);
          return spans;
        }
        this.valueEnd = bufferStart + quote;
      }
      const to = this.valueEnd - bufferStart;
      if (to > from) spans.push(from, to);
      at = to + 1;
    }
  }

  /**
   * Looks for the next `"mappings": "` at or after `bytes[at]`; remembers where its value
   * starts. Inside a JSON string a quote is escaped, so `"mappings"` followed by a colon is a
   * key, never text in `sourcesContent`. A key whose value is not a string is passed over.
   */
  private findValue(bytes: Buffer, bufferStart: number, at: number): boolean {
    for (let key = bytes.indexOf(KEY, at); key !== -1; key = bytes.indexOf(KEY, key + 1)) {
      let i = key + KEY.length;
      while (isJsonSpace(bytes[i])) i++;
      if (bytes[i] !== COLON) continue;
      i++;
      while (isJsonSpace(bytes[i])) i++;
      if (bytes[i] !== QUOTE) continue;
      this.valueStart = bufferStart + i + 1;
      this.valueEnd = -1;
      return true;
    }
    return false;
  }
}
