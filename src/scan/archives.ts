import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import {
  ArchiveBudget,
  ArchiveError,
  type ArchiveKind,
  type ArchiveLimits,
  type ByteSink,
  Decompressor,
  DISCARD,
  SniffingSink,
  sniffArchive,
} from "../sources/archive.js";
import { decompressBzip2 } from "../sources/bzip2.js";
import type { WalkedFile } from "../sources/files.js";
import { readFileBlocks, UnreadableFileError } from "../sources/read.js";
import { type TarEntry, TarParser } from "../sources/tar.js";
import { decompressXz } from "../sources/xz.js";
import { bufferAccess, fileAccess, type RandomAccess, readZip } from "../sources/zip.js";
import type { ChunkScanner, ScannedInput, SkipReason } from "./chunk-scanner.js";
import { addCounts, countSkip, emptyCounts, type ScanCounts } from "./result.js";

export interface ArchiveOptions extends ArchiveLimits {
  /** Archives opened one inside the other; 0: archives are not opened (they are binary files). */
  readonly maxDepth: number;
}

export const DEFAULT_ARCHIVE_OPTIONS: ArchiveOptions = {
  maxDepth: 3,
  maxRatio: 200,
  maxBytes: 1024 * 1024 * 1024,
  maxEntries: 100_000,
};

/** How `scan()` and `scanImage()` take the archive options. */
export interface ArchiveScanOptions {
  /**
   * Archives (zip and the formats built on it, tar, gzip, bzip2, xz) opened one inside the other, their
   * entries scanned as `archive.zip!path/in/it` (default 3; 0: archives are not opened, and
   * are counted as binary files).
   */
  readonly maxArchiveDepth?: number;
  /** An archive whose content expands more than this many times its compressed size is not read on (default 200). */
  readonly maxArchiveRatio?: number;
  /** Bytes unpacked from one archive file, nested archives included, before it is not read on (default 1 GiB). */
  readonly maxArchiveBytes?: number;
  /** Entries of one archive file, nested archives' included, before it is not read on (default 100,000). */
  readonly maxArchiveEntries?: number;
}

/** The archive options of `scan()` and `scanImage()`, checked, with their defaults. */
export function archiveOptions(options: ArchiveScanOptions): ArchiveOptions {
  const given = {
    maxDepth: options.maxArchiveDepth,
    maxRatio: options.maxArchiveRatio,
    maxBytes: options.maxArchiveBytes,
    maxEntries: options.maxArchiveEntries,
  };
  for (const [name, value] of Object.entries(given)) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < (name === "maxDepth" ? 0 : 1))) {
      const floor = name === "maxDepth" ? "0 or more" : "1 or more";
      throw new UsageError(
        `${name.replace("max", "maxArchive")} must be a whole number, ${floor}, not ${value}`,
      );
    }
  }
  return {
    maxDepth: given.maxDepth ?? DEFAULT_ARCHIVE_OPTIONS.maxDepth,
    maxRatio: given.maxRatio ?? DEFAULT_ARCHIVE_OPTIONS.maxRatio,
    maxBytes: given.maxBytes ?? DEFAULT_ARCHIVE_OPTIONS.maxBytes,
    maxEntries: given.maxEntries ?? DEFAULT_ARCHIVE_OPTIONS.maxEntries,
  };
}

/**
 * A zip, bzip2 or xz inside another archive (or in a git blob) is read from memory (a zip's
 * directory is at its end; the bzip2 and xz decoders pull their input): one larger than this is
 * not read.
 */
const NESTED_HELD_BYTES = 128 * 1024 * 1024;

/** Failures that leave a whole archive unread when no entry could be read at all. */
const UNREADABLE: ReadonlySet<SkipReason> = new Set(["corrupt", "encrypted", "unsupported"]);

/**
 * Scans an archive file, whose first bytes showed it to be of `kind`: the archive source's
 * adapter to the chunk scanner. Each entry goes through the scanner as its own input, reported
 * as `archive.zip!dir/file` (nested: `outer.tgz!inner.zip!file`); an archive in an archive is
 * opened down to `maxDepth`. A limit reached, or a damaged archive, ends that archive (a limit
 * of the whole file, the file's archive) and counts it as not scanned, keeping what its
 * entries read so far gave. An archive none of whose entries could be read is skipped whole.
 */
export function scanArchiveFile(
  scanner: ChunkScanner,
  file: WalkedFile,
  kind: ArchiveKind,
  options: ArchiveOptions,
): ScannedInput {
  return new ArchiveScan(scanner, options).file(file, kind);
}

/** Names a tar entry's contents in reports; `undefined` leaves the entry unread. */
export type EntryPath = (entry: TarEntry) => string | undefined;

/**
 * One archive file's scan (or, for a container image, its layers'): findings and counts of
 * every entry read, whatever its depth.
 */
export class ArchiveScan {
  private budget: ArchiveBudget;
  private readonly findings: Finding[] = [];
  private readonly counts = emptyCounts();
  /** The entry open in the scanner, if any: one at a time, whatever the depth. */
  private leafPath: string | undefined;
  /** Entries whose contents were read, as text or as a nested archive. */
  private read = 0;
  private firstFailure: SkipReason | undefined;

  constructor(
    private readonly scanner: ChunkScanner,
    private readonly options: ArchiveOptions,
  ) {
    this.budget = new ArchiveBudget(options);
  }

  file(file: WalkedFile, kind: ArchiveKind): ScannedInput {
    try {
      if (kind === "zip" || kind === "bzip2" || kind === "xz") {
        const access = fileAccess(file.absolute, file.size);
        try {
          this.guarded(file.display, () => this.fromAccess(kind, access, file.display, 1));
        } finally {
          access.close();
        }
      } else {
        const sink = this.guardedSink(file.display, this.archiveSink(kind, file.display, 1));
        readFileBlocks(file.absolute, (piece) => sink.push(piece));
        sink.end();
      }
    } catch (error) {
      if (error instanceof ArchiveError) this.skip(error.reason, file.display);
      else if (error instanceof UnreadableFileError) {
        this.closeLeaf();
        return { findings: [], bytes: 0, skipped: error.code === "ENOENT" ? "missing" : "unreadable" };
      } else throw error;
    }
    return this.outcome();
  }

  /**
   * What the archive gave: its entries' findings and counts, or, when none of its entries
   * could be read because it is damaged, encrypted or unsupported, the reason it was skipped.
   */
  outcome(): ScannedInput {
    this.closeLeaf();
    if (this.read === 0 && this.firstFailure !== undefined && UNREADABLE.has(this.firstFailure)) {
      return { findings: [], bytes: 0, skipped: this.firstFailure };
    }
    return { findings: this.findings, bytes: this.counts.bytes, entries: this.counts };
  }

  /**
   * Where a stream of `kind` (a container image's layer, a git blob) goes to be read as an
   * archive at `path`, with limits of its own; `entryPath` names the entries of its tar, or
   * leaves them (default: `path!name`).
   */
  stream(path: string, kind: ArchiveKind, entryPath?: EntryPath): ByteSink {
    this.budget = new ArchiveBudget(this.options);
    const sink = this.guardedSink(path, this.archiveSink(kind, path, 1, entryPath));
    let failed = false;
    // A limit of the whole stream ends it, as it ends an archive file.
    const read = (step: () => void) => {
      if (failed) return;
      try {
        step();
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error;
        this.skip(error.reason, path);
        failed = true;
      }
    };
    return { push: (piece) => read(() => sink.push(piece)), end: () => read(() => sink.end()) };
  }

  /** What the entries read so far gave. */
  result(): { findings: Finding[]; counts: ScanCounts } {
    this.closeLeaf();
    return { findings: this.findings, counts: this.counts };
  }

  /** Counts `path` as not scanned: a layer that cannot be read. */
  skip(reason: SkipReason, path: string): void {
    this.closeLeaf();
    this.firstFailure ??= reason;
    countSkip(this.counts, reason, path);
  }

  /**
   * Reads an archive that is read by position (a zip, from its directory at its end) or pulled
   * by its decoder (bzip2, xz); `level`: how deep it lies (1: the file on disk).
   */
  private fromAccess(
    kind: "zip" | "bzip2" | "xz",
    access: RandomAccess,
    path: string,
    level: number,
    entryPath?: EntryPath,
  ): void {
    if (kind === "bzip2") {
      decompressBzip2(access, this.singleFileOrTar(path, level, entryPath), this.budget);
      return;
    }
    if (kind === "xz") {
      decompressXz(access, this.singleFileOrTar(path, level, entryPath), this.budget);
      return;
    }
    readZip(
      access,
      this.budget,
      (entry) => this.entrySink(`${path}!${entry.name}`, level),
      (entry, reason) => this.skip(reason, `${path}!${entry.name}`),
    );
  }

  /**
   * Where a compressed stream's contents go: a .tar.gz, .tar.bz2 or .tar.xz is one archive; any
   * other gzip, bzip2 or xz holds one file, named after the archive.
   */
  private singleFileOrTar(path: string, level: number, entryPath?: EntryPath): ByteSink {
    return new SniffingSink((head) => {
      if (sniffArchive(head) === "tar") {
        return new TarParser((entry) => this.tarEntry(entry, path, level, entryPath));
      }
      this.budget.entry();
      return this.entrySink(`${path}!${decompressedName(path)}`, level);
    });
  }

  /** Where the contents of an archive of `kind` at `path` go to be read. */
  private archiveSink(kind: ArchiveKind, path: string, level: number, entryPath?: EntryPath): ByteSink {
    if (kind === "tar") return new TarParser((entry) => this.tarEntry(entry, path, level, entryPath));
    if (kind === "gzip") {
      return new Decompressor("gzip", this.singleFileOrTar(path, level, entryPath), this.budget);
    }
    const held: Uint8Array[] = [];
    let size = 0;
    return {
      push: (piece) => {
        size += piece.length;
        if (size > NESTED_HELD_BYTES) {
          throw new ArchiveError("size limit", `a nested ${kind} is larger than ${NESTED_HELD_BYTES} bytes`);
        }
        // Copied: the reader reuses its buffer (and a Buffer's `slice` is a view, not a copy).
        held.push(new Uint8Array(piece));
      },
      end: () => this.fromAccess(kind, bufferAccess(Buffer.concat(held)), path, level, entryPath),
    };
  }

  private tarEntry(
    entry: TarEntry,
    path: string,
    level: number,
    entryPath?: EntryPath,
  ): ByteSink | undefined {
    if (entry.type !== "file") return undefined;
    this.budget.entry();
    const reported = entryPath === undefined ? `${path}!${entry.name}` : entryPath(entry);
    return reported === undefined ? undefined : this.entrySink(reported, level);
  }

  /**
   * Where an entry's contents go, once its first bytes are seen: into a nested archive's
   * reader, or into the scanner. `level`: the depth of the archive holding it.
   */
  private entrySink(path: string, level: number): ByteSink {
    return new SniffingSink((head) => {
      const kind = sniffArchive(head);
      if (kind !== undefined) {
        if (level >= this.options.maxDepth) {
          this.skip("depth limit", path);
          return DISCARD;
        }
        this.read++;
        return this.guardedSink(path, this.archiveSink(kind, path, level + 1));
      }
      this.read++;
      this.closeLeaf();
      this.scanner.begin(path);
      this.leafPath = path;
      return {
        push: (piece) => {
          if (this.leafPath === path && !this.scanner.done) this.scanner.push(piece);
        },
        end: () => {
          if (this.leafPath === path) this.closeLeaf();
        },
      };
    });
  }

  /**
   * A nested archive's reader that, when the archive cannot be read on, counts it as not
   * scanned and ignores the rest of its bytes; a limit of the whole file goes on up.
   */
  private guardedSink(path: string, sink: ByteSink): ByteSink {
    let failed = false;
    return {
      push: (piece) => {
        if (!failed) failed = !this.guarded(path, () => sink.push(piece));
      },
      end: () => {
        if (!failed) failed = !this.guarded(path, () => sink.end());
      },
    };
  }

  /** Runs `read`; false when the archive at `path` failed (and was counted as not scanned). */
  private guarded(path: string, read: () => void): boolean {
    try {
      read();
      return true;
    } catch (error) {
      if (!(error instanceof ArchiveError) || error.outermost) throw error;
      this.skip(error.reason, path);
      return false;
    }
  }

  /** Ends the entry open in the scanner, and counts what it gave. */
  private closeLeaf(): void {
    const path = this.leafPath;
    if (path === undefined) return;
    this.leafPath = undefined;
    const result = this.scanner.end();
    if (result.skipped !== undefined) {
      countSkip(this.counts, result.skipped, path);
      return;
    }
    if (result.entries !== undefined) addCounts(this.counts, result.entries);
    else {
      this.counts.files++;
      this.counts.bytes += result.bytes;
    }
    for (const finding of result.findings) this.findings.push(finding);
  }
}

/**
 * The name of a gzip's, bzip2's or xz's one file: the archive's last name, less `.gz`, `.bz2`
 * or `.xz` (`.tgz`, `.tbz2`, `.tbz` and `.txz` are a `.tar`).
 */
function decompressedName(path: string): string {
  const name =
    path
      .slice(path.lastIndexOf("!") + 1)
      .split("/")
      .pop() ?? "";
  if (/\.(tgz|tbz2?|txz)$/i.test(name)) return name.replace(/\.(tgz|tbz2?|txz)$/i, ".tar");
  const stripped = name.replace(/\.(gz|bz2|xz)$/i, "");
  return stripped === name || stripped === "" ? "contents" : stripped;
}
