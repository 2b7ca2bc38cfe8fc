import { type DecodePlace, SCRATCH_BYTES } from "../engine/decode/candidates.js";
import { type KeyedValues, keyedValuesOf } from "../engine/decode/keyed.js";
import { Engine } from "../engine/engine.js";
import type { Finding } from "../findings/finding.js";
import { withoutRepeatedFixtureValues } from "../findings/fixture-paths.js";
import type { LineIgnorer } from "../policy/allowlist.js";
import type { ArchiveSkipReason } from "../sources/archive.js";
import { findingsInBuffer } from "./build-findings.js";
import { DEFAULT_MAX_DECODE_DEPTH, withDecodedFindings } from "./decoded.js";
import { LineCounter, type Reread } from "./locate.js";
import { countSkip, emptyCounts, emptyTimings, type ScanCounts, type ScanTimings } from "./result.js";
import { type SourceMapMappings, sourceMapTracker } from "./source-maps.js";
import { transcoderFor, type Utf16Transcoder } from "./utf16.js";

/**
 * Bytes scanned at once; larger inputs are scanned in overlapping chunks. The engine decodes
 * a chunk to one string, and with larger chunks those strings outpaced the garbage collector
 * (peak memory grew with the chunk), while the overlap re-read stays small (2 x 64 KB per chunk).
 */
export const CHUNK_SIZE = 2 * 1024 * 1024;

/** Bytes inspected for a NUL to call an input binary, as git does. */
const BINARY_SNIFF = 8000;

/** A NUL byte in the first 8000 bytes marks an input as binary (git's rule). */
export function looksBinary(bytes: Uint8Array): boolean {
  // indexOf is native (memchr): a JS loop here cost more than the keyword pass on small files.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, BINARY_SNIFF)).indexOf(0) !== -1;
}

/**
 * Why an input was not scanned. The scanner itself says "binary" and "too large"; sources say
 * the rest: "unreadable" (permission denied, I/O error), "missing" (a file gone before it was
 * read, a git object not in the repository), "special file" (a device, socket or FIFO met by a
 * walk), "symlink" (a link met by a walk, not followed), "excluded" (ignore files, --exclude).
 * Archives say why they, or their entries, were not read: see `ArchiveSkipReason`.
 */
export type SkipReason =
  | ArchiveSkipReason
  | "binary"
  | "too large"
  | "unreadable"
  | "missing"
  | "special file"
  | "symlink"
  | "excluded";

/** What scanning one input gave: its findings, or why it was skipped. */
export interface ScannedInput {
  readonly findings: Finding[];
  /** Bytes scanned. */
  readonly bytes: number;
  readonly skipped?: SkipReason;
  /**
   * An archive's entries: those scanned (`findings` and `bytes` are theirs) and those not, by
   * reason. The archive itself counts as neither.
   */
  readonly entries?: ScanCounts;
}

export interface InputOptions {
  /** The input's size in bytes, when the source knows it (a file's stat, a git object's header). */
  readonly size?: number;
  /** An input announced larger than this is skipped unread. */
  readonly maxSize?: number;
  /**
   * Reads the input's bytes again (a file can, a stream cannot). With it, lines are counted only
   * up to findings, and the chunks before a finding are read again to count them: most large
   * inputs have no finding past their first chunk, so their later chunks are never counted.
   */
  readonly reread?: Reread;
  /**
   * The path that says whether the input is a test or fixture (see fixture-paths.ts), when it
   * is not the reported one: a file's path inside a root named outside the working directory.
   */
  readonly judgedPath?: string;
}

export interface ChunkScannerOptions {
  /**
   * Drops the findings whose whole line the configuration's allowlist accepts: passed through
   * to `findingsInBuffer`, where the line is at hand.
   */
  readonly ignoreLine?: LineIgnorer;
  /** Encodings undone one inside the other to look for secrets in encoded text; 0: none. */
  readonly maxDecodeDepth?: number;
}

/**
 * An engine whose keyword pass reserves a chunk-sized read buffer: bytes that sources write
 * into `ChunkScanner.space()` then lie where the keyword pass reads them, with no copy.
 */
export function scanEngine(detectors: ConstructorParameters<typeof Engine>[0]): Engine {
  return new Engine(detectors, { readBufferBytes: scratchOffset(CHUNK_SIZE + 1) + SCRATCH_BYTES });
}

/**
 * Where, in the engine's read buffer, the decoders' scratch area (see `DecodePlace`) follows a
 * chunk of `capacity` bytes: after it, aligned for the 32-bit words kept there.
 */
function scratchOffset(capacity: number): number {
  return Math.ceil(capacity / 16) * 16;
}

/**
 * The one place where bytes become findings, for every source (files, git blobs, the index,
 * in-memory text). A source opens an input with `begin`, pushes its bytes (`push`, or writes
 * them into `space()` and calls `commit`), and calls `end`. The scanner cuts the bytes into
 * overlapping chunks, so that a credential crossing a chunk boundary is seen whole while memory
 * stays bounded for an input of any size; it applies the binary check, converts chunk offsets
 * to absolute ones once, counts lines and columns, and skips a source map's `mappings`.
 *
 * One input at a time; the scanner and its buffer are reused from one input to the next.
 */
export class ChunkScanner {
  readonly engine: Engine;
  readonly timings: ScanTimings = emptyTimings();
  private readonly chunkSize: number;
  private readonly overlap: number;
  /**
   * A chunk and the one byte after it: holding that byte tells a chunk that is not the input's
   * last without a further read. The engine's read buffer when it has one that large.
   */
  private buffer: Buffer | undefined;
  private readonly capacity: number;
  /** Encodings undone one inside the other to look for secrets in encoded text; 0: none. */
  private readonly maxDecodeDepth: number;
  private readonly ignoreLine: LineIgnorer | undefined;
  /** The read buffer's memory and the decoders' scratch area there: chunks are searched in place. */
  private readonly decodePlace: DecodePlace | undefined;
  /** Set once an input turns out to be UTF-16 text: its bytes then go through it. */
  private utf16: Utf16Transcoder | undefined;
  /** Where a source reads UTF-16 bytes (`space()`) before they are transcoded into `buffer`. */
  private utf16Space: Buffer | undefined;

  private path = "";
  private judgedPath = "";
  private size: number | undefined;
  private skipped: SkipReason | undefined;
  private findings: Finding[] = [];
  /** Lines holding encoded text too large to decode, whose inside is not read. */
  private undecodedLines: number[] = [];
  private lines = new LineCounter();
  private reread: Reread | undefined;
  private sourceMap: SourceMapMappings | undefined;
  private keyedValues: KeyedValues | undefined;
  /** Bytes held in `buffer`, from absolute offset `chunkStart`. */
  private filled = 0;
  private chunkStart = 0;
  /** Findings starting before this absolute offset were reported with the previous chunk. */
  private reportFrom = 0;
  private began = 0;
  private workMs = 0;

  constructor(engine: Engine, chunkSize = CHUNK_SIZE, options: ChunkScannerOptions = {}) {
    this.ignoreLine = options.ignoreLine;
    this.engine = engine;
    this.maxDecodeDepth = options.maxDecodeDepth ?? DEFAULT_MAX_DECODE_DEPTH;
    this.overlap = 2 * engine.maxWindow;
    this.chunkSize = Math.max(chunkSize, 4 * engine.maxWindow);
    this.capacity = this.chunkSize + 1;
    const reserved = engine.readBuffer();
    if (reserved !== undefined && reserved.length >= this.capacity) {
      this.buffer = reserved.subarray(0, this.capacity);
      const memory = engine.readMemory();
      const scratchAt = scratchOffset(this.capacity);
      if (memory !== undefined && reserved.length >= scratchAt + SCRATCH_BYTES) {
        this.decodePlace = { memory, scratch: reserved.subarray(scratchAt, scratchAt + SCRATCH_BYTES) };
      }
    }
  }

  /** Starts a new input, reported as `path`; an input still open is dropped. */
  begin(path: string, options: InputOptions = {}): void {
    this.path = path;
    this.judgedPath = options.judgedPath ?? path;
    this.size = options.size;
    this.skipped =
      options.maxSize !== undefined && options.size !== undefined && options.size > options.maxSize
        ? "too large"
        : undefined;
    this.findings = [];
    this.undecodedLines = [];
    this.reread = options.reread;
    this.lines = new LineCounter(options.reread);
    this.sourceMap = sourceMapTracker(path);
    this.keyedValues = this.maxDecodeDepth > 0 ? keyedValuesOf(path) : undefined;
    this.utf16 = undefined;
    this.filled = 0;
    this.chunkStart = 0;
    this.reportFrom = 0;
    this.began = performance.now();
    this.workMs = 0;
  }

  /** Whether the input is skipped already (too large, or binary), so the source can stop reading. */
  get done(): boolean {
    return this.skipped !== undefined;
  }

  /**
   * Where the input's next bytes go: a source that reads (a file) reads into this, then calls
   * `commit`. Never empty while the input is open.
   */
  space(): Buffer {
    if (this.utf16 !== undefined) {
      this.utf16Space ??= Buffer.allocUnsafe(64 * 1024);
      return this.utf16Space;
    }
    return this.chunkSpace();
  }

  private chunkSpace(): Buffer {
    let buffer = this.buffer;
    // One byte more than the rest of the input (or a chunk), so a read sees the end at once.
    const wanted = Math.min(this.capacity, (this.size ?? 0) - this.chunkStart + 1);
    if (
      buffer === undefined ||
      (buffer.length < this.capacity && (this.filled === buffer.length || buffer.length < wanted))
    ) {
      // Grown by doubling, so a tree of ever larger inputs reallocates a few times, not per input.
      const doubled = 2 * (buffer?.length ?? 32 * 1024);
      const bigger = Buffer.allocUnsafe(Math.min(this.capacity, Math.max(wanted, doubled)));
      buffer?.copy(bigger, 0, 0, this.filled);
      buffer = bigger;
      this.buffer = buffer;
    }
    return buffer.subarray(this.filled);
  }

  /** `count` more bytes were written at the start of `space()`. */
  commit(count: number): void {
    if (this.utf16 !== undefined) {
      this.append(this.utf16.write((this.utf16Space as Buffer).subarray(0, count)), false);
      return;
    }
    this.commitChunkBytes(count);
  }

  private commitChunkBytes(count: number): void {
    this.filled += count;
    if (this.filled === this.capacity) this.scanChunk(false);
  }

  /** The input's next bytes, copied in (a source that is handed its bytes: a git blob). */
  push(piece: Uint8Array): void {
    this.append(piece, true);
  }

  /** Copies `piece` into the chunks; `raw`: the source's bytes, which UTF-16 input transcodes first. */
  private append(piece: Uint8Array, raw: boolean): void {
    for (let at = 0; at < piece.length && this.skipped === undefined; ) {
      // The first chunk, scanned on the way, may have just shown the input to be UTF-16.
      if (raw && this.utf16 !== undefined) {
        this.append(this.utf16.write(piece.subarray(at)), false);
        return;
      }
      const space = this.chunkSpace();
      const take = Math.min(space.length, piece.length - at);
      space.set(piece.subarray(at, at + take));
      at += take;
      this.commitChunkBytes(take);
    }
  }

  /** Ends the input: scans what is left and returns its findings, or why it was skipped. */
  end(): ScannedInput {
    if (this.utf16 !== undefined && this.skipped === undefined) this.append(this.utf16.end(), false);
    if (this.skipped === undefined && this.filled > 0) this.scanChunk(true);
    const elapsed = performance.now() - this.began;
    // Time between begin and end outside the engine is the source's: reading.
    this.timings.readMs += elapsed - this.workMs;
    const bytes = this.chunkStart + this.filled;
    const result: ScannedInput =
      this.skipped === undefined
        ? {
            findings: withoutRepeatedFixtureValues(this.findings, this.path, this.judgedPath),
            bytes,
            entries: this.undecodedLines.length > 0 ? this.undecodedEntries(bytes) : undefined,
          }
        : { findings: [], bytes: 0, skipped: this.skipped };
    this.findings = [];
    return result;
  }

  /**
   * The input counted as scanned, and each piece of encoded text in it too large to decode
   * counted as not scanned ("size limit"), named by its line, as an archive's entries are.
   */
  private undecodedEntries(bytes: number): ScanCounts {
    const counts = emptyCounts();
    counts.files = 1;
    counts.bytes = bytes;
    for (const line of this.undecodedLines) {
      countSkip(counts, "size limit", `${this.path}!encoded-text-at-line-${line}`);
    }
    return counts;
  }

  /** Ends the input early because the source failed; it is reported as skipped for `reason`. */
  fail(reason: SkipReason): ScannedInput {
    this.skipped = reason;
    return this.end();
  }

  /** Scans the held bytes as the next chunk, then keeps its last `overlap` bytes (and any after the chunk) for the next one. */
  private scanChunk(last: boolean) {
    const started = performance.now();
    const prefilterBefore = this.engine.timings.prefilterMs;
    const buffer = this.buffer as Buffer;
    const length = last ? this.filled : this.chunkSize;
    const bytes = buffer.subarray(0, length);
    if (this.chunkStart === 0 && this.utf16 === undefined && looksBinary(bytes)) {
      const utf16 = transcoderFor(bytes.subarray(0, BINARY_SNIFF));
      if (utf16 !== undefined) return this.transcodeFrom(utf16, last);
      this.skipped = "binary";
    } else {
      // The next chunk re-reads the last `overlap` bytes: the first half of them is reported
      // here, the second half there, so that every match is seen with its whole window.
      const reportBefore = last
        ? Number.POSITIVE_INFINITY
        : this.chunkStart + length - Math.floor(this.overlap / 2);
      // One object for both passes, written out: spreading one into another cost microseconds
      // per chunk, as much as decoding a small file.
      const options = {
        path: this.path,
        bufferStart: this.chunkStart,
        reportFrom: this.reportFrom,
        reportBefore,
        lines: this.lines,
        ignoreLine: this.ignoreLine,
        skip: this.sourceMap?.spansIn(bytes, this.chunkStart),
        // The findings so far: a secret among them is not reported again from encoded text.
        found: this.findings,
        maxDepth: this.maxDecodeDepth,
        place: this.decodePlace,
        keyedValues: this.keyedValues,
        undecodedLines: this.undecodedLines,
      };
      const found = findingsInBuffer(this.engine, bytes, options);
      // One push per finding: spreading a huge array into push() overflows the stack.
      for (const finding of found) this.findings.push(finding);
      // Secrets in encoded text (base64, hex, %XX, escapes): see decoded.ts.
      if (this.maxDecodeDepth > 0) this.findings = withDecodedFindings(this.engine, bytes, options);
      this.reportFrom = reportBefore;
      if (!last) {
        const next = length - this.overlap;
        // Without a way to read them again, lines are counted as the bytes go by.
        if (this.reread === undefined) this.lines.advance(bytes, this.chunkStart, this.chunkStart + next);
        buffer.copyWithin(0, next, this.filled);
        this.chunkStart += next;
        this.filled -= next;
      }
    }
    const work = performance.now() - started;
    const prefilter = this.engine.timings.prefilterMs - prefilterBefore;
    this.workMs += work;
    this.timings.prefilterMs += prefilter;
    this.timings.matchMs += work - prefilter;
  }

  /**
   * The input is UTF-16 text: the bytes held so far, and every later byte, are transcoded to
   * UTF-8 before they reach the chunks, so lines and columns are counted on the text. The
   * source's bytes can then no longer be read again to count lines: they are counted as the
   * chunks go by.
   */
  private transcodeFrom(utf16: Utf16Transcoder, last: boolean): void {
    const held = Buffer.from((this.buffer as Buffer).subarray(0, this.filled));
    this.utf16 = utf16;
    this.reread = undefined;
    this.lines = new LineCounter();
    this.size = undefined;
    this.filled = 0;
    this.append(utf16.write(held), false);
    if (last) {
      this.append(utf16.end(), false);
      if (this.skipped === undefined && this.filled > 0) this.scanChunk(true);
    }
  }
}
