import type { Engine } from "../engine/engine.js";
import type { Finding } from "../findings/finding.js";
import type { ObjectSink } from "../sources/git-batch.js";
import { looksBinary } from "../sources/read.js";
import { findingsInBuffer } from "./findings.js";
import { LineCounter } from "./locate.js";
import { CHUNK_SIZE } from "./scan.js";
import { type SourceMapMappings, sourceMapTracker } from "./source-maps.js";

export interface StreamScanOptions {
  /** Content larger than this many bytes is skipped, unread. */
  readonly maxSize?: number;
  /** Bytes scanned at once (tests use small chunks to cross chunk boundaries). */
  readonly chunkSize?: number;
}

/**
 * Scans content that arrives in pieces, such as a blob streamed out of git, in overlapping
 * chunks as `readChunksSync` does for files: a credential crossing a chunk boundary is seen whole,
 * and memory stays bounded for content of any size. Content that fits in one piece is scanned
 * where it lies, without a copy.
 */
export class StreamScanner implements ObjectSink {
  readonly findings: Finding[] = [];
  /** Total size announced by the source. */
  size = 0;
  /** Not scanned: binary (a NUL byte near the start) or larger than `maxSize`. */
  skipped = false;
  private readonly chunkSize: number;
  private readonly overlap: number;
  private readonly lines = new LineCounter();
  private readonly sourceMap: SourceMapMappings | undefined;
  private chunk: Buffer | undefined;
  private filled = 0;
  /** Offset of `chunk[0]` in the whole content. */
  private chunkStart = 0;
  private reportFrom = 0;
  private received = 0;

  constructor(
    private readonly engine: Engine,
    private readonly path: string,
    private readonly options: StreamScanOptions = {},
  ) {
    this.overlap = 2 * engine.maxWindow;
    this.chunkSize = Math.max(options.chunkSize ?? CHUNK_SIZE, 4 * this.overlap);
    this.sourceMap = sourceMapTracker(path);
  }

  start(_type: string, size: number): void {
    this.size = size;
    this.skipped = this.options.maxSize !== undefined && size > this.options.maxSize;
  }

  data(piece: Buffer): void {
    if (this.skipped) return;
    if (this.received === 0 && piece.length === this.size) {
      this.received = piece.length;
      this.scan(piece, true);
      return;
    }
    for (let at = 0; at < piece.length && !this.skipped; ) {
      this.chunk ??= Buffer.allocUnsafe(Math.min(this.chunkSize, this.size));
      const take = Math.min(this.chunk.length - this.filled, piece.length - at);
      piece.copy(this.chunk, this.filled, at, at + take);
      this.filled += take;
      this.received += take;
      at += take;
      if (this.filled === this.chunk.length && this.received < this.size) this.scanChunk(false);
    }
  }

  end(): void {
    if (!this.skipped && this.chunk !== undefined) this.scanChunk(true);
    this.chunk = undefined;
  }

  /** Scans the filled chunk, then keeps its last `overlap` bytes as the start of the next one. */
  private scanChunk(last: boolean) {
    const chunk = this.chunk as Buffer;
    const bytes = chunk.subarray(0, this.filled);
    this.scan(bytes, last);
    if (last || this.skipped) return;
    this.lines.advance(bytes, this.chunkStart, this.chunkStart + this.filled - this.overlap);
    chunk.copyWithin(0, this.filled - this.overlap, this.filled);
    this.chunkStart += this.filled - this.overlap;
    this.filled = this.overlap;
  }

  private scan(bytes: Buffer, last: boolean) {
    if (this.chunkStart === 0 && looksBinary(bytes)) {
      this.skipped = true;
      return;
    }
    // The next chunk re-reads the last `overlap` bytes: the first half of them is reported
    // here, the second half there, so that every match is seen with its whole window.
    const reportBefore = last
      ? Number.POSITIVE_INFINITY
      : this.chunkStart + bytes.length - Math.floor(this.overlap / 2);
    const found = findingsInBuffer(this.engine, bytes, {
      path: this.path,
      bufferStart: this.chunkStart,
      reportFrom: this.reportFrom,
      reportBefore,
      lines: this.lines,
      sourceMap: this.sourceMap,
    });
    // One push per finding, as the file scanner does: spreading a huge array overflows the stack.
    for (const finding of found) this.findings.push(finding);
    this.reportFrom = reportBefore;
  }
}
