/**
 * Windows and keyword gates see the buffer as Latin-1 text, decoded on first need in segments
 * of this size. A decode has a fixed cost about ten times that of a substring, and windows and
 * gates come every few hundred bytes, so windows are substrings of a segment. Not one string
 * for the whole buffer: strings over 128 KB go to V8's large-object space, where decoding is
 * about 3 times slower.
 */
const SEGMENT = 64 * 1024;
/**
 * Each segment also holds this many bytes of the next, so that a window starting in it
 * (most are under 1 KB) and a gate tried in it (up to 600 bytes past its keyword) are a
 * substring of it.
 */
const SEGMENT_OVERLAP = 4 * 1024;
/** Segments kept at once: a whole 2 MB chunk of a file scan, a bounded part of a huge buffer. */
const MAX_SEGMENTS = 64;

/** The Latin-1 text of a buffer, for the patterns and gates that need it. */
export class LazyText {
  private segments: (string | undefined)[] = [];
  private held = 0;
  constructor(private readonly buffer: Buffer) {}

  private segment(index: number): string {
    let text = this.segments[index];
    if (text === undefined) {
      // Windows come per detector in increasing order, so a huge buffer is walked once per
      // detector: starting over beats tracking recency.
      if (this.held === MAX_SEGMENTS) {
        this.segments = [];
        this.held = 0;
      }
      const from = index * SEGMENT;
      text = this.buffer.toString(
        "latin1",
        from,
        Math.min(this.buffer.length, from + SEGMENT + SEGMENT_OVERLAP),
      );
      this.segments[index] = text;
      this.held++;
    }
    return text;
  }

  slice(start: number, end: number): string {
    const index = Math.floor(start / SEGMENT);
    const from = index * SEGMENT;
    if (end > from + SEGMENT + SEGMENT_OVERLAP) return this.buffer.toString("latin1", start, end);
    return this.segment(index).slice(start - from, end - from);
  }

  /** Whether `gate` matches at `hitEnd`, seeing back to `hitStart` (at least the keyword). */
  gate(gate: RegExp, hitStart: number, hitEnd: number): boolean {
    const index = Math.floor(hitStart / SEGMENT);
    gate.lastIndex = hitEnd - index * SEGMENT;
    return gate.test(this.segment(index));
  }
}
