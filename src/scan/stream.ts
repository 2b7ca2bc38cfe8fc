import { createReadStream } from "node:fs";
import { UsageError } from "../errors.js";
import { type Root, STDIN } from "../sources/files.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";

/**
 * Scans a stream named on the command line (standard input, a FIFO, a process substitution):
 * the stream source's adapter to the chunk scanner. Its bytes can be read only once, so they go
 * through `push` as they arrive, in the calling thread; the input ends when the stream does.
 */
export async function scanStream(
  scanner: ChunkScanner,
  root: Root,
  stdin: AsyncIterable<Uint8Array>,
): Promise<ScannedInput> {
  const stream = root.absolute === STDIN ? stdin : createReadStream(root.absolute);
  scanner.begin(root.display);
  try {
    for await (const piece of stream) {
      scanner.push(piece);
      // A binary input needs no more bytes; leaving the loop closes the stream.
      if (scanner.done) break;
    }
  } catch (error) {
    scanner.fail("unreadable");
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${root.display}: ${code ?? String(error)}`);
  }
  return scanner.end();
}
