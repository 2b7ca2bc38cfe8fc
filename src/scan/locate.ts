import { isAscii } from "node:buffer";

const NEWLINE = 0x0a;

/** Yields the bytes of the range [from, to) of an input again, in order, each piece with its absolute offset. */
export type Reread = (from: number, to: number) => Iterable<[Uint8Array, number]>;

/**
 * Turns byte offsets into 1-based line and column numbers while reading a stream of
 * overlapping chunks. Newlines are counted lazily, only up to the offsets asked about, so a
 * file with no finding costs nothing here; columns are carried forward from the previous
 * offset, so many findings on one long (minified) line cost one pass over it, not one each.
 */
export class LineCounter {
  /** Reads bytes that are no longer in memory again, for a counter that skipped them. */
  private readonly reread: Reread | undefined;
  /** Absolute offset up to which newlines have been counted. */
  private countedTo = 0;
  /** Newlines before `countedTo`. */
  private lines = 0;
  /** Absolute offset of the start of the line holding `countedTo`. */
  private lineStart = 0;
  /** Characters (UTF-16 units, as JS strings count them) from `lineStart` to `countedTo`. */
  private characters = 0;

  /**
   * `reread`, when given, lets the counter pass over chunks it is not asked about and read
   * their bytes again only if a later offset is asked about.
   */
  constructor(reread?: Reread) {
    this.reread = reread;
  }

  /**
   * The 1-based line of absolute offset `offset`, where `buffer` holds the bytes starting at
   * absolute offset `bufferStart`. Offsets must not go backwards past the last one asked about
   * in an earlier buffer.
   */
  lineAt(buffer: Uint8Array, bufferStart: number, offset: number): number {
    if (this.countedTo < bufferStart && this.reread !== undefined) {
      for (const [bytes, start] of this.reread(this.countedTo, bufferStart)) {
        this.lineAt(bytes, start, start + bytes.length);
      }
    }
    const from = this.countedTo - bufferStart;
    const to = offset - bufferStart;
    if (offset < this.countedTo) {
      // Within the current buffer a later finding may sort before an earlier one: recount back.
      this.lines -= countNewlines(buffer, to, from);
      if (offset >= this.lineStart) {
        this.characters -= utf16Length(buffer, to, from);
      } else {
        // Rare (offsets come in order): search back within this buffer only.
        const newline = lastNewlineBefore(buffer, 0, to);
        this.lineStart = newline === -1 ? bufferStart : bufferStart + newline + 1;
        this.characters = utf16Length(buffer, this.lineStart - bufferStart, to);
      }
    } else {
      const newline = lastNewlineBefore(buffer, Math.max(0, from), to);
      this.lines += countNewlines(buffer, from, to);
      if (newline === -1) {
        this.characters += utf16Length(buffer, Math.max(0, from), to);
      } else {
        this.lineStart = bufferStart + newline + 1;
        this.characters = utf16Length(buffer, newline + 1, to);
      }
    }
    this.countedTo = offset;
    return this.lines + 1;
  }

  /** The 1-based column (in UTF-16 units) of the offset last passed to `lineAt`. */
  column(): number {
    return this.characters + 1;
  }

  /** Counts the rest of a buffer before moving on to the next chunk (when bytes cannot be read again). */
  advance(buffer: Uint8Array, bufferStart: number, to: number) {
    if (to > this.countedTo) this.lineAt(buffer, bufferStart, to);
  }
}

/** The last newline in `buffer[from, to)`, or -1. Native search, bounded to the range. */
function lastNewlineBefore(buffer: Uint8Array, from: number, to: number): number {
  if (to <= from) return -1;
  const at = Buffer.from(buffer.buffer, buffer.byteOffset + from, to - from).lastIndexOf(NEWLINE);
  return at === -1 ? -1 : from + at;
}

const ASCII_BLOCK = 4096;

/** Length in UTF-16 units of the UTF-8 bytes `buffer[from, to)`: what `toString().length` gives. */
function utf16Length(buffer: Uint8Array, from: number, to: number): number {
  // Most text is ASCII, which the native check confirms far faster than the loop below counts
  // (on long minified lines the loop showed in profiles); so long ranges go block by block,
  // and only blocks with other bytes are counted one by one.
  if (to - from > ASCII_BLOCK) {
    let length = 0;
    for (let block = from; block < to; block += ASCII_BLOCK) {
      const end = Math.min(to, block + ASCII_BLOCK);
      length += isAscii(buffer.subarray(block, end)) ? end - block : utf16Length(buffer, block, end);
    }
    return length;
  }
  let length = 0;
  for (let i = from; i < to; i++) {
    const byte = buffer[i] as number;
    // Continuation bytes add nothing; a 4-byte sequence is a surrogate pair in UTF-16.
    if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1;
  }
  return length;
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
