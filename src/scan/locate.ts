const NEWLINE = 0x0a;

/**
 * Turns byte offsets into 1-based line numbers while reading a stream of overlapping chunks.
 * Newlines are counted lazily, only up to the offsets asked about, so a file with no finding
 * costs nothing here.
 */
export class LineCounter {
  /** Absolute offset up to which newlines have been counted. */
  private countedTo = 0;
  /** Newlines before `countedTo`. */
  private lines = 0;

  /**
   * The 1-based line of absolute offset `offset`, where `buffer` holds the bytes starting at
   * absolute offset `bufferStart`. Offsets must not go backwards past the last one asked about
   * in an earlier buffer.
   */
  lineAt(buffer: Uint8Array, bufferStart: number, offset: number): number {
    if (offset < this.countedTo) {
      // Within the current buffer a later finding may sort before an earlier one: recount back.
      this.lines -= countNewlines(buffer, offset - bufferStart, this.countedTo - bufferStart);
    } else {
      this.lines += countNewlines(buffer, this.countedTo - bufferStart, offset - bufferStart);
    }
    this.countedTo = offset;
    return this.lines + 1;
  }

  /** Counts the rest of a buffer before moving on to the next chunk. */
  advance(buffer: Uint8Array, bufferStart: number, to: number) {
    if (to > this.countedTo) this.lineAt(buffer, bufferStart, to);
  }
}

function countNewlines(buffer: Uint8Array, from: number, to: number): number {
  let count = 0;
  let at = buffer.indexOf(NEWLINE, Math.max(0, from));
  while (at !== -1 && at < to) {
    count++;
    at = buffer.indexOf(NEWLINE, at + 1);
  }
  return count;
}

/** The [start, end) byte range of the line around `offset`, capped at `limit` bytes each way. */
export function lineBounds(buffer: Uint8Array, offset: number, limit = 4096): [number, number] {
  // Bounded searches: an unbounded one per finding would be quadratic on a long minified line.
  const from = Math.max(0, offset - limit);
  const newlineBefore = buffer.subarray(from, offset).lastIndexOf(NEWLINE);
  const start = newlineBefore === -1 ? from : from + newlineBefore + 1;
  const to = Math.min(buffer.length, offset + limit);
  const newlineAfter = buffer.subarray(offset, to).indexOf(NEWLINE);
  return [start, newlineAfter === -1 ? to : offset + newlineAfter];
}
