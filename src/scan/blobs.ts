import { hasBinaryExtension } from "../sources/files.js";
import { type CatFileBatch, type ObjectSink, ReadAhead } from "../sources/git-batch.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";

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
    private readonly maxSize?: number,
  ) {}

  /**
   * Queues blob `oid`, reported as `path`; `done` receives what scanning it gave. Waits while
   * too many reads are in flight. A path with a binary file's extension is skipped unread.
   */
  async add(oid: string, path: string, done: (result: ScannedInput) => void): Promise<void> {
    if (hasBinaryExtension(path)) {
      done({ findings: [], bytes: 0, skipped: "binary" });
      return;
    }
    const { scanner, maxSize } = this;
    let result: ScannedInput | undefined;
    const sink: ObjectSink = {
      start: (_type, size) => scanner.begin(path, { size, maxSize }),
      data: (piece) => scanner.push(piece),
      end: () => {
        result = scanner.end();
      },
    };
    await this.reading.add(
      this.catFile.read(oid, sink).then((found) => {
        done(found && result !== undefined ? result : { findings: [], bytes: 0, skipped: "missing" });
      }),
    );
  }

  /** Waits for every queued blob. */
  drain(): Promise<void> {
    return this.reading.drain();
  }
}
