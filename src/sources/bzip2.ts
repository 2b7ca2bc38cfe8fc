/**
 * bzip2 streams (`.bz2`, `.tar.bz2`), decompressed with seek-bzip: pure JavaScript and
 * synchronous, like the other readers. It pulls its input a byte at a time and pushes its output
 * a byte at a time, so the input is read from a `RandomAccess` (a file on disk, or a nested
 * archive held in memory) and the output goes out in pieces, the limits checked on each: a
 * bzip2 block can expand 40 bytes into 45 MB, and a bomb ends within its first piece past the
 * ratio floor, in bounded memory.
 */
import { createRequire } from "node:module";
import { type ArchiveBudget, ArchiveError, type ByteSink, RATIO_FLOOR } from "./archive.js";
import type { RandomAccess } from "./zip.js";

interface BunzipStream {
  readByte(): number;
  writeByte(byte: number): void;
  eof(): boolean;
}

interface Bunzip {
  decode(input: BunzipStream, output: BunzipStream, multistream: boolean): void;
  Stream: new () => BunzipStream;
}

// A CommonJS module without types: loaded through require, its shape declared above.
const bunzip = createRequire(import.meta.url)("seek-bzip") as Bunzip;

/** Bytes unpacked before they are handed on and the limits checked again. */
const OUTPUT_PIECE = 64 * 1024;
const INPUT_BLOCK = 64 * 1024;

/**
 * Decompresses the bzip2 stream (or concatenated streams, as pbzip2 writes) in `input` into
 * `out`. Unpacked bytes count against `budget`; a stream unpacking to more than `maxRatio` times
 * the compressed bytes read so far ends with a "ratio limit" error, a damaged one with "corrupt".
 */
export function decompressBzip2(input: RandomAccess, out: ByteSink, budget: ArchiveBudget): void {
  let block = new Uint8Array(0);
  let blockStart = 0;
  let position = 0;
  const source = new bunzip.Stream();
  source.readByte = () => {
    if (position >= input.size) return -1;
    if (position - blockStart >= block.length) {
      // Copied: a file's reader reuses its buffer.
      block = new Uint8Array(input.read(position, INPUT_BLOCK));
      blockStart = position;
      if (block.length === 0) return -1;
    }
    return block[position++ - blockStart] as number;
  };
  source.eof = () => position >= input.size;

  const piece = new Uint8Array(OUTPUT_PIECE);
  let filled = 0;
  let unpacked = 0;
  const flush = () => {
    if (filled === 0) return;
    unpacked += filled;
    const { maxRatio } = budget.limits;
    if (unpacked > RATIO_FLOOR && unpacked > maxRatio * position) {
      throw new ArchiveError("ratio limit", `expands more than ${maxRatio} times`);
    }
    budget.unpacked(filled);
    out.push(piece.subarray(0, filled));
    filled = 0;
  };
  const sink = new bunzip.Stream();
  sink.writeByte = (byte) => {
    piece[filled++] = byte;
    if (filled === OUTPUT_PIECE) flush();
  };

  try {
    bunzip.decode(source, sink, true);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    // seek-bzip's errors: "Data error", "Not a bzip2 file", "Bad block CRC"...
    const message = error instanceof Error ? error.message : String(error);
    throw new ArchiveError("corrupt", `cannot decompress bzip2: ${message}`);
  }
  flush();
  out.end();
}
