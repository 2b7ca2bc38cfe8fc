import type { WalkedFile } from "../sources/files.js";
import { readFileInto, readRangeSync, UnreadableFileError } from "../sources/read.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";

/** Scans one file of a walk: the file source's adapter to the chunk scanner. */
export function scanWalkedFile(scanner: ChunkScanner, file: WalkedFile): ScannedInput {
  scanner.begin(file.display, {
    size: file.size,
    reread: (from, to) => readRangeSync(file.absolute, from, to),
  });
  try {
    readFileInto(file.absolute, scanner, file.size);
  } catch (error) {
    // A file deleted since the walk listed it is missing; any other failure makes it unreadable.
    if (error instanceof UnreadableFileError)
      return scanner.fail(error.code === "ENOENT" ? "missing" : "unreadable");
    throw error;
  }
  return scanner.end();
}
