import { type ArchiveKind, sniffArchive } from "../sources/archive.js";
import type { WalkedFile } from "../sources/files.js";
import { type ReadSink, readFileInto, readRangeSync, UnreadableFileError } from "../sources/read.js";
import { type ArchiveOptions, scanArchiveFile } from "./archives.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";
import { isNotebook, scanNotebook } from "./notebooks.js";

/**
 * Scans one file of a walk: the file source's adapter to the chunk scanner. With `archives`
 * (depth above 0), a file whose first bytes are an archive's signature is read as one instead;
 * a Jupyter notebook is scanned cell by cell.
 */
export function scanWalkedFile(
  scanner: ChunkScanner,
  file: WalkedFile,
  archives?: ArchiveOptions,
): ScannedInput {
  if (isNotebook(file.display)) {
    try {
      const notebook = scanNotebook(scanner, file);
      if (notebook !== undefined) return notebook;
    } catch (error) {
      if (error instanceof UnreadableFileError)
        return { findings: [], bytes: 0, skipped: error.code === "ENOENT" ? "missing" : "unreadable" };
      throw error;
    }
  }
  scanner.begin(file.display, {
    size: file.size,
    judgedPath: file.inside,
    reread: (from, to) => readRangeSync(file.absolute, from, to),
  });
  const sniffer = archives !== undefined && archives.maxDepth > 0 ? new ArchiveSniffer(scanner) : undefined;
  try {
    readFileInto(file.absolute, sniffer ?? scanner, file.size);
  } catch (error) {
    // A file deleted since the walk listed it is missing; any other failure makes it unreadable.
    if (error instanceof UnreadableFileError)
      return scanner.fail(error.code === "ENOENT" ? "missing" : "unreadable");
    throw error;
  }
  if (sniffer?.archive !== undefined) {
    return scanArchiveFile(scanner, file, sniffer.archive, archives as ArchiveOptions);
  }
  return scanner.end();
}

/**
 * Passes a file's reads on to the scanner, looking at the first for an archive's signature:
 * bytes read anyway, so that an ordinary file costs a comparison of a few bytes. An archive
 * stops the reading, and is read again by the archive source.
 */
class ArchiveSniffer implements ReadSink {
  archive: ArchiveKind | undefined;
  private first = true;

  constructor(private readonly scanner: ChunkScanner) {}

  space(): Uint8Array {
    return this.scanner.space();
  }

  commit(count: number): void {
    if (this.first) {
      this.first = false;
      this.archive = sniffArchive(this.scanner.space().subarray(0, count));
      if (this.archive !== undefined) return;
    }
    this.scanner.commit(count);
  }

  get done(): boolean {
    return this.archive !== undefined || this.scanner.done;
  }
}
