import { UsageError } from "../errors.js";
import { type ByteSink, SniffingSink, sniffArchive } from "../sources/archive.js";
import { hasArchiveExtension, hasBinaryExtension } from "../sources/files.js";
import { type CatFileBatch, type ObjectSink, ReadAhead } from "../sources/git-batch.js";
import { type ArchiveOptions, ArchiveScan } from "./archives.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";

export interface BlobScannerOptions {
  /** Blobs larger than this many bytes are skipped unread. */
  readonly maxSize?: number;
  /**
   * Report a blob git cannot give (a partial clone lacks some; git answers "missing" for a
   * corrupt one too) as skipped, "missing", rather than fail: by default it is an error, since
   * nothing unread may pass for clean.
   */
  readonly allowMissing?: boolean;
  /**
   * How deep archives are opened, and their limits: a blob whose first bytes are an archive's
   * signature is read as one, its entries reported as `path!entry`. Absent, or depth 0: archive
   * blobs are binary.
   */
  readonly archives?: ArchiveOptions;
}

/**
 * Scans git blobs read through one `git cat-file --batch` process: the git source's adapter to
 * the chunk scanner, shared by history and staged scans. Reads are queued ahead so that git
 * stays busy; git answers them in order, so one chunk scanner serves them one after the other.
 */
export class BlobScanner {
  private readonly reading = new ReadAhead();

  constructor(
    private readonly scanner: ChunkScanner,
    private readonly catFile: CatFileBatch,
    private readonly options: BlobScannerOptions = {},
  ) {}

  /**
   * Queues blob `oid`, reported as `path`; `done` receives what scanning it gave. Waits while
   * too many reads are in flight. A path with a binary file's extension is skipped unread,
   * unless it names an archive and archives are opened. A blob git cannot read (missing without
   * `allowMissing`, or corrupt) fails the scan with an error naming it.
   */
  async add(oid: string, path: string, done: (result: ScannedInput) => void): Promise<void> {
    const { scanner } = this;
    const { maxSize, allowMissing, archives } = this.options;
    const opening = archives !== undefined && archives.maxDepth > 0;
    if (hasBinaryExtension(path) && !(opening && hasArchiveExtension(path))) {
      done({ findings: [], bytes: 0, skipped: "binary" });
      return;
    }
    const asText = (size: number): ByteSink => {
      scanner.begin(path, { size, maxSize });
      return { push: (piece) => scanner.push(piece), end: () => {} };
    };
    let result: ScannedInput | undefined;
    let into: ByteSink | undefined;
    let archive: ArchiveScan | undefined;
    const sink: ObjectSink = {
      start: (_type, size) => {
        // The first bytes say whether the blob is an archive, as a file's do; one too large is
        // skipped as any other blob.
        into =
          !opening || (maxSize !== undefined && size > maxSize)
            ? asText(size)
            : new SniffingSink((head) => {
                const kind = sniffArchive(head);
                if (kind === undefined) return asText(size);
                archive = new ArchiveScan(scanner, archives);
                return archive.stream(path, kind);
              });
      },
      data: (piece) => into?.push(piece),
      end: () => {
        into?.end();
        result = archive === undefined ? scanner.end() : archive.outcome();
      },
    };
    await this.reading.add(
      this.catFile.read(oid, sink).then(
        (found) => {
          if (found && result !== undefined) return done(result);
          if (!allowMissing) {
            throw new UsageError(
              `git object ${oid} (${path}) is missing or corrupt: run "git fsck"; --allow-missing counts such objects as not scanned`,
            );
          }
          done({ findings: [], bytes: 0, skipped: "missing" });
        },
        (error: unknown) => {
          // git stops at a corrupt object; the oldest read waiting is the one it could not read.
          const message = error instanceof Error ? error.message : String(error);
          throw new UsageError(`cannot read git object ${oid} (${path}): ${message.split("\n")[0]}`);
        },
      ),
    );
  }

  /** Waits for every queued blob. */
  drain(): Promise<void> {
    return this.reading.drain();
  }
}
