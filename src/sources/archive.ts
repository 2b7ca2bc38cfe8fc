/**
 * Reading archives: what the formats share. Every reader is synchronous and push-based, like
 * the chunk scanner it feeds, so that an archive is read in the worker thread that scans it,
 * in bounded memory, without a stream or a promise per entry. Entry names come from the
 * archive and are untrusted: they are only ever reported, never used as paths.
 */
import { Gunzip, Inflate } from "fflate";

/** Where bytes go, a piece at a time: an entry's contents, or an archive read from a stream. */
export interface ByteSink {
  push(piece: Uint8Array): void;
  end(): void;
}

/**
 * The formats read; zstd, 7z and rar are not (they stay binary): no decoder for them both
 * synchronous, as these readers are, and free of a native build.
 */
export type ArchiveKind = "zip" | "gzip" | "bzip2" | "xz" | "tar";

/** Bytes needed to recognise every kind: tar's magic lies at offset 257. */
export const SNIFF_BYTES = 512;

/** The kind of archive `head` (the first bytes of an input) starts, by signature, or undefined. */
export function sniffArchive(head: Uint8Array): ArchiveKind | undefined {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b) {
    // A local file header, or the end record of an empty zip.
    if ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6)) return "zip";
  }
  if (head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8) return "gzip";
  if (isBzip2(head)) return "bzip2";
  if (isXz(head)) return "xz";
  // "ustar" (POSIX, then "\0" "00") or "ustar " (GNU), after the header's name, mode, ids...
  if (
    head.length >= 262 &&
    head[257] === 0x75 &&
    head[258] === 0x73 &&
    head[259] === 0x74 &&
    head[260] === 0x61 &&
    head[261] === 0x72
  ) {
    return "tar";
  }
  return undefined;
}

/** "BZh", the block size ("1" to "9"), then the magic of a first block or of the stream's end. */
function isBzip2(head: Uint8Array): boolean {
  if (head.length < 10 || head[0] !== 0x42 || head[1] !== 0x5a || head[2] !== 0x68) return false;
  const level = head[3] as number;
  if (level < 0x31 || level > 0x39) return false;
  const magic = Buffer.from(head.subarray(4, 10)).toString("hex");
  return magic === "314159265359" || magic === "177245385090";
}

/** An xz stream's header magic: 0xFD, "7zXZ", 0x00. */
function isXz(head: Uint8Array): boolean {
  return head.length >= 6 && Buffer.from(head.subarray(0, 6)).toString("hex") === "fd377a585a00";
}

/**
 * Why an archive, or one of its entries, was not read. The limits guard against archives
 * built to exhaust memory or time (zip bombs); the others are archives that cannot be read.
 */
export type ArchiveSkipReason =
  | "corrupt"
  | "encrypted"
  | "unsupported"
  | "ratio limit"
  | "size limit"
  | "entry limit"
  | "depth limit";

/**
 * An archive that cannot be read on. `outermost`: the limit is of the whole archive on disk
 * (bytes unpacked, entries), so reading ends there, not only in the nested archive that hit it.
 */
export class ArchiveError extends Error {
  override name = "ArchiveError";
  constructor(
    readonly reason: ArchiveSkipReason,
    message: string,
    readonly outermost = false,
  ) {
    super(message);
  }
}

export interface ArchiveLimits {
  /** Bytes a decompressed stream may hold per compressed byte (checked past its first MiB). */
  readonly maxRatio: number;
  /** Bytes unpacked from one archive on disk, nested archives included. */
  readonly maxBytes: number;
  /** Entries of one archive on disk, nested archives' included. */
  readonly maxEntries: number;
}

/** What one archive on disk has used of its limits, whatever the depth of its nested archives. */
export class ArchiveBudget {
  private bytes = 0;
  private entries = 0;

  constructor(readonly limits: ArchiveLimits) {}

  /** Counts `count` bytes unpacked; throws once the archive has unpacked more than allowed. */
  unpacked(count: number): void {
    this.bytes += count;
    if (this.bytes > this.limits.maxBytes) {
      throw new ArchiveError("size limit", `unpacks to more than ${this.limits.maxBytes} bytes`, true);
    }
  }

  /** Counts `count` entries; throws once the archive has more than allowed. */
  entry(count = 1): void {
    this.entries += count;
    if (this.entries > this.limits.maxEntries) {
      throw new ArchiveError("entry limit", `has more than ${this.limits.maxEntries} entries`, true);
    }
  }

  /** Whether `count` more entries fit: a zip says how many it holds before any is read. */
  hasRoomFor(count: number): boolean {
    return this.entries + count <= this.limits.maxEntries;
  }
}

/** Output below this is never called a bomb: a small file of blanks compresses 1000 to 1. */
export const RATIO_FLOOR = 1024 * 1024;
/**
 * Compressed bytes given to the inflater at once. Deflate expands at most about 1032 to 1, so
 * one piece unpacks to at most 4 MB before the limits are checked again.
 */
const INFLATE_PIECE = 4096;

/**
 * A deflate or gzip stream, decompressed as its bytes are pushed, into `out`. Unpacked bytes
 * count against `budget`; a stream unpacking to more than `maxRatio` times its compressed size
 * ends with a "ratio limit" error, a malformed one with "corrupt".
 */
export class Decompressor implements ByteSink {
  private readonly stream: Inflate | Gunzip;
  private compressed = 0;
  private unpacked = 0;

  constructor(
    format: "deflate" | "gzip",
    private readonly out: ByteSink,
    budget: ArchiveBudget,
  ) {
    const onData = (piece: Uint8Array) => {
      this.unpacked += piece.length;
      const { maxRatio } = budget.limits;
      if (this.unpacked > RATIO_FLOOR && this.unpacked > maxRatio * this.compressed) {
        throw new ArchiveError("ratio limit", `expands more than ${maxRatio} times`);
      }
      budget.unpacked(piece.length);
      if (piece.length > 0) out.push(piece);
    };
    this.stream = format === "gzip" ? new Gunzip(onData) : new Inflate(onData);
  }

  push(piece: Uint8Array): void {
    for (let at = 0; at < piece.length; at += INFLATE_PIECE) {
      const part = piece.subarray(at, at + INFLATE_PIECE);
      this.compressed += part.length;
      this.inflate(part, false);
    }
  }

  end(): void {
    this.inflate(new Uint8Array(0), true);
    this.out.end();
  }

  private inflate(part: Uint8Array, final: boolean): void {
    try {
      this.stream.push(part, final);
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      // fflate's errors: invalid block type, distance too far back, unexpected end of data...
      const message = error instanceof Error ? error.message : String(error);
      throw new ArchiveError("corrupt", `cannot decompress: ${message}`);
    }
  }
}

/**
 * Holds an input's first `SNIFF_BYTES`, then hands them and every later byte to the sink that
 * `choose` picks once it has seen them (or the whole input, when shorter).
 */
export class SniffingSink implements ByteSink {
  private head: Uint8Array[] = [];
  private held = 0;
  private target: ByteSink | undefined;

  constructor(private readonly choose: (head: Uint8Array) => ByteSink) {}

  push(piece: Uint8Array): void {
    if (this.target !== undefined) {
      this.target.push(piece);
      return;
    }
    // Copied: a reader reuses its buffer for the next piece (and a Buffer's `slice` is a view).
    this.head.push(new Uint8Array(piece));
    this.held += piece.length;
    if (this.held >= SNIFF_BYTES) this.decide();
  }

  end(): void {
    if (this.target === undefined) this.decide();
    (this.target as ByteSink).end();
  }

  private decide(): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    const target = this.choose(head);
    this.target = target;
    if (head.length > 0) target.push(head);
  }
}

/** A sink that drops what it is given: the rest of an entry not read. */
export const DISCARD: ByteSink = { push: () => {}, end: () => {} };
