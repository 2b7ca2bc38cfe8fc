import { closeSync, openSync, readSync } from "node:fs";

/** Where a file's bytes are read into: the chunk scanner. */
export interface ReadSink {
  /** Room for the next bytes; a read fills it from the start. */
  space(): Uint8Array;
  /** `count` bytes were read into the start of `space()`. */
  commit(count: number): void;
  /** The sink needs no more bytes (it found the file binary). */
  readonly done: boolean;
}

/** A file that could not be opened or read; errors of the sink itself pass through as they are. */
export class UnreadableFileError extends Error {
  override name = "UnreadableFileError";
  readonly code: string | undefined;

  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`cannot read ${path}: ${code ?? String(cause)}`);
    this.code = code;
  }
}

/**
 * Reads the file at `path` into `sink` to its end, or until the sink is done.
 *
 * Synchronous on purpose: on a tree of 14,500 files, `fs.promises` reads took ten times as long
 * (a thread-pool round trip and a promise per read, for files that mostly fit in one read).
 * Scans run in worker threads, where blocking is what we want. No `fstat` either (it builds
 * Date objects): the sink's room is one byte more than a chunk, which tells whether another
 * chunk follows.
 *
 * `size`, when the caller has just seen it (the walk's `stat`), ends the reading when a read
 * stops exactly there, without the last `read` that returns nothing: a system call per file.
 * A file that grew since fills that read past `size` and is read to its end.
 */
export function readFileInto(path: string, sink: ReadSink, size?: number): void {
  const fd = fileSystem(path, () => openSync(path, "r"));
  try {
    for (let position = 0; !sink.done; ) {
      const space = sink.space();
      const read = fileSystem(path, () => readSync(fd, space, 0, space.length, position));
      if (read === 0) return;
      position += read;
      sink.commit(read);
      if (position === size) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Bytes [from, to) of a file, read again in blocks of up to 1 MB. */
export function* readRangeSync(path: string, from: number, to: number): Generator<[Uint8Array, number]> {
  const block = Buffer.allocUnsafe(Math.min(to - from, 1024 * 1024));
  const fd = fileSystem(path, () => openSync(path, "r"));
  try {
    for (let at = from; at < to; ) {
      const read = fileSystem(path, () => readSync(fd, block, 0, Math.min(block.length, to - at), at));
      if (read === 0) return;
      yield [block.subarray(0, read), at];
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the file at `path` to its end in blocks of 64 KB, each handed to `onBlock` (then reused). */
export function readFileBlocks(path: string, onBlock: (block: Uint8Array) => void): void {
  const block = Buffer.allocUnsafe(64 * 1024);
  const fd = fileSystem(path, () => openSync(path, "r"));
  try {
    for (;;) {
      const read = fileSystem(path, () => readSync(fd, block, 0, block.length, null));
      if (read === 0) return;
      onBlock(block.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

/** Runs one file system call on `path`, turning its failure into an `UnreadableFileError`. */
export function fileSystem<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new UnreadableFileError(path, error);
  }
}
