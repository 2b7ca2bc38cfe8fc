import { promises as fs } from "node:fs";

/** Bytes inspected for a NUL to call a file binary, as git does. */
const BINARY_SNIFF = 8000;

export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export interface Chunk {
  readonly bytes: Buffer;
  /** Absolute offset of `bytes[0]` in the file. */
  readonly start: number;
  /** Findings starting before this absolute offset were reported with the previous chunk. */
  readonly reportFrom: number;
  /** Findings starting at or after this absolute offset belong to the next chunk. */
  readonly reportBefore: number;
}

/**
 * Reads a file in chunks of `chunkSize` bytes that overlap by `overlap`, so a credential
 * crossing a chunk boundary is seen whole while memory stays bounded for a file of any size.
 * Yields nothing for a binary file.
 */
export async function* readChunks(path: string, chunkSize: number, overlap: number): AsyncGenerator<Chunk> {
  const handle = await fs.open(path, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(size, 1)));
    let start = 0;
    let reportFrom = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
      if (bytesRead === 0) return;
      const bytes = buffer.subarray(0, bytesRead);
      if (start === 0 && looksBinary(bytes)) return;
      const last = start + bytesRead >= size || bytesRead < buffer.length;
      // The next chunk re-reads the last `overlap` bytes; the first half of them is this
      // chunk's to report, the second half the next chunk's, so windows are whole on both sides.
      const reportBefore = last ? Number.POSITIVE_INFINITY : start + bytesRead - Math.floor(overlap / 2);
      yield { bytes, start, reportFrom, reportBefore };
      if (last) return;
      reportFrom = reportBefore;
      start += bytesRead - overlap;
    }
  } finally {
    await handle.close();
  }
}
