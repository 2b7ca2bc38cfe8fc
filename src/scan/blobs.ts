import { UsageError } from "../errors.js";
import { hasBinaryExtension } from "../sources/files.js";
import { type CatFileBatch, type ObjectSink, ReadAhead } from "../sources/git-batch.js";
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
   * too many reads are in flight. A path with a binary file's extension is skipped unread. A
   * blob git cannot read (missing without `allowMissing`, or corrupt) fails the scan with an
   * error naming it.
   */
  async add(oid: string, path: string, done: (result: ScannedInput) => void): Promise<void> {
    if (hasBinaryExtension(path)) {
      done({ findings: [], bytes: 0, skipped: "binary" });
      return;
    }
    const { scanner } = this;
    const { maxSize, allowMissing } = this.options;
    let result: ScannedInput | undefined;
    const sink: ObjectSink = {
      start: (_type, size) => scanner.begin(path, { size, maxSize }),
      data: (piece) => scanner.push(piece),
      end: () => {
        result = scanner.end();
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
