import { closeSync, openSync, readSync } from "node:fs";
import {
  type ArchiveBudget,
  ArchiveError,
  type ArchiveSkipReason,
  type ByteSink,
  Decompressor,
  RATIO_FLOOR,
} from "./archive.js";
import { fileSystem } from "./read.js";

/** Bytes at any position: a zip is read from its end (the central directory) first. */
export interface RandomAccess {
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only at the end. */
  read(position: number, length: number): Uint8Array;
}

/** A zip held in memory: one nested in another archive. */
export function bufferAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) };
}

/** A zip file, read by position; `close` releases it. */
export function fileAccess(path: string, size: number): RandomAccess & { close(): void } {
  const fd = fileSystem(path, () => openSync(path, "r"));
  const block = Buffer.allocUnsafe(READ_BLOCK);
  return {
    size,
    read(position, length) {
      const into = length <= block.length ? block : Buffer.allocUnsafe(length);
      const read = fileSystem(path, () => readSync(fd, into, 0, length, position));
      return into.subarray(0, read);
    },
    close: () => closeSync(fd),
  };
}

const READ_BLOCK = 64 * 1024;
const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

export interface ZipEntry {
  /** As written in the archive (untrusted). */
  readonly name: string;
  /** Uncompressed size, as the archive declares it. */
  readonly size: number;
}

interface CentralEntry extends ZipEntry {
  readonly compressedSize: number;
  readonly method: number;
  readonly encrypted: boolean;
  readonly localOffset: number;
}

/**
 * Reads every file entry of a zip (and jar, apk, docx...: they are zips) through its central
 * directory: `onEntry` gives the sink for an entry's contents. An entry that cannot be read
 * (encrypted, compressed by a method other than store or deflate, or damaged) is told to
 * `onSkip` and the others are read; an archive whose directory cannot be found, or that
 * breaks a limit of `budget`, ends with an `ArchiveError`.
 */
export function readZip(
  zip: RandomAccess,
  budget: ArchiveBudget,
  onEntry: (entry: ZipEntry) => ByteSink,
  onSkip: (entry: ZipEntry, reason: ArchiveSkipReason) => void,
): void {
  const entries = centralDirectory(zip, budget);
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    budget.entry();
    if (entry.encrypted) onSkip(entry, "encrypted");
    else if (entry.method !== 0 && entry.method !== 8) onSkip(entry, "unsupported");
    else if (entry.size > RATIO_FLOOR && entry.size > budget.limits.maxRatio * entry.compressedSize) {
      // Declared sizes can lie, and unpacking checks again; an honest bomb ends here, unread.
      throw new ArchiveError(
        "ratio limit",
        `declares an entry more than ${budget.limits.maxRatio} times its compressed size`,
      );
    } else readEntry(zip, entry, budget, onEntry, onSkip);
  }
}

function readEntry(
  zip: RandomAccess,
  entry: CentralEntry,
  budget: ArchiveBudget,
  onEntry: (entry: ZipEntry) => ByteSink,
  onSkip: (entry: ZipEntry, reason: ArchiveSkipReason) => void,
): void {
  const local = zip.read(entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL_HEADER) {
    onSkip(entry, "corrupt");
    return;
  }
  const dataStart = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  if (dataStart + entry.compressedSize > zip.size) {
    onSkip(entry, "corrupt");
    return;
  }
  const sink = onEntry(entry);
  const stored = entry.method === 0;
  const into: ByteSink = stored ? sink : new Decompressor("deflate", sink, budget);
  try {
    for (let at = 0; at < entry.compressedSize; ) {
      const piece = zip.read(dataStart + at, Math.min(READ_BLOCK, entry.compressedSize - at));
      if (piece.length === 0) throw new ArchiveError("corrupt", "the zip is truncated");
      if (stored) budget.unpacked(piece.length);
      into.push(piece);
      at += piece.length;
    }
    into.end();
  } catch (error) {
    // One damaged entry: the central directory still tells where the next one starts.
    if (error instanceof ArchiveError && error.reason === "corrupt" && !error.outermost)
      onSkip(entry, "corrupt");
    else throw error;
  }
}

/**
 * The central directory's entries; an `ArchiveError` when it cannot be read ("corrupt") or
 * lists more entries than `budget` has room for ("entry limit", before any entry is read: a
 * zip of a million empty entries costs no more than its directory to refuse).
 */
function centralDirectory(zip: RandomAccess, budget: ArchiveBudget): CentralEntry[] {
  const tailStart = Math.max(0, zip.size - END_SEARCH);
  const tail = Buffer.from(zip.read(tailStart, zip.size - tailStart));
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tail, at) === END_RECORD) {
      end = at;
      break;
    }
  }
  if (end === -1) throw new ArchiveError("corrupt", "no zip end record (a truncated or damaged zip)");
  const count = u16(tail, end + 10);
  let directorySize = u32(tail, end + 12);
  let directoryOffset = u32(tail, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = tailStart + end - 20;
    const locator = Buffer.from(zip.read(locatorAt, 20));
    if (locatorAt >= 0 && locator.length === 20 && u32(locator, 0) === ZIP64_LOCATOR) {
      const record = Buffer.from(zip.read(u64(locator, 8), 56));
      if (record.length < 56 || u32(record, 0) !== ZIP64_END_RECORD) {
        throw new ArchiveError("corrupt", "a damaged zip64 end record");
      }
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
  }
  if (directoryOffset + directorySize > zip.size) {
    throw new ArchiveError("corrupt", "the zip's central directory lies past its end");
  }
  const directory = Buffer.from(zip.read(directoryOffset, directorySize));
  const entries: CentralEntry[] = [];
  let at = 0;
  // Read to the directory's end, not to the count: writers without zip64 store the count of a
  // zip of over 65,535 entries modulo 65,536, and trusting it would leave entries unread.
  while (at < directory.length) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_HEADER) {
      throw new ArchiveError("corrupt", "a damaged zip central directory");
    }
    if (!budget.hasRoomFor(entries.length + 1)) budget.entry(entries.length + 1);
    const flags = u16(directory, at + 8);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    const name = directory.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    let compressedSize = u32(directory, at + 20);
    let size = u32(directory, at + 24);
    let localOffset = u32(directory, at + 42);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    // Zip64: the fields set to 0xffffffff follow in the extra field 0x0001, in this order.
    for (let e = 0; e + 4 <= extra.length; e += 4 + u16(extra, e + 2)) {
      if (u16(extra, e) !== 1) continue;
      let field = e + 4;
      const next = () => {
        const value = field + 8 <= extra.length ? u64(extra, field) : 0;
        field += 8;
        return value;
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
    }
    entries.push({
      name,
      size,
      compressedSize,
      method: u16(directory, at + 10),
      encrypted: (flags & 1) !== 0,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}
