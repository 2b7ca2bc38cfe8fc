import { ArchiveError, type ByteSink } from "./archive.js";
import type { RandomAccess } from "./zip.js";

const BLOCK = 512;
/** A pax header or GNU long name larger than this is not a name: the archive is corrupt. */
const MAX_META_BYTES = 1024 * 1024;

export interface TarEntry {
  /** The entry's name in the archive, as written there (untrusted). */
  readonly name: string;
  readonly size: number;
  readonly type: "file" | "directory" | "other";
}

/**
 * A tar stream (POSIX ustar, pax, GNU long names), parsed as its bytes are pushed. Each entry
 * is told to `onEntry`, whose returned sink receives the entry's contents (none: skipped);
 * a truncated archive or a header whose checksum is wrong is "corrupt".
 */
export class TarParser implements ByteSink {
  private header = Buffer.alloc(BLOCK);
  private headerFilled = 0;
  /** Bytes of the current entry still to come, then the padding to its block's end. */
  private remaining = 0;
  private padding = 0;
  private sink: ByteSink | undefined;
  /** A pax header's or GNU long name's contents, gathered to name the next entry. */
  private meta: Buffer[] | undefined;
  private metaKind: "pax" | "gnu" | undefined;
  private nextName: string | undefined;
  private ended = false;

  constructor(private readonly onEntry: (entry: TarEntry) => ByteSink | undefined) {}

  push(piece: Uint8Array): void {
    let at = 0;
    while (at < piece.length && !this.ended) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, piece.length - at);
        const part = piece.subarray(at, at + take);
        if (this.meta !== undefined) this.meta.push(Buffer.from(part));
        else this.sink?.push(part);
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.endEntry();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, piece.length - at);
        this.padding -= take;
        at += take;
      } else {
        const take = Math.min(BLOCK - this.headerFilled, piece.length - at);
        this.header.set(piece.subarray(at, at + take), this.headerFilled);
        this.headerFilled += take;
        at += take;
        if (this.headerFilled === BLOCK) {
          this.headerFilled = 0;
          this.startEntry();
        }
      }
    }
  }

  end(): void {
    // Tools end archives with two zero blocks; one cut right after an entry is accepted too.
    if (!this.ended && (this.remaining > 0 || this.headerFilled > 0)) {
      throw new ArchiveError("corrupt", "the tar archive is truncated");
    }
  }

  private startEntry(): void {
    const h = this.header;
    if (h.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    if (!checksumMatches(h)) throw new ArchiveError("corrupt", "a tar header's checksum is wrong");
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156] as number);
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === "x" || type === "L") {
      if (size > MAX_META_BYTES) throw new ArchiveError("corrupt", "a tar name header is too large");
      this.meta = [];
      this.metaKind = type === "x" ? "pax" : "gnu";
    } else if (type === "g" || type === "K") {
      // Global pax settings and GNU long link targets name no file.
      this.sink = undefined;
    } else {
      const name = this.nextName ?? headerName(h);
      this.nextName = undefined;
      this.sink = this.onEntry({ name, size, type: entryKind(type) });
    }
    if (size === 0) this.endEntry();
  }

  private endEntry(): void {
    if (this.meta !== undefined) {
      const text = Buffer.concat(this.meta).toString("utf8");
      this.nextName = this.metaKind === "pax" ? (paxPath(text) ?? this.nextName) : text.replace(/\0+$/, "");
      this.meta = undefined;
      this.metaKind = undefined;
      return;
    }
    const sink = this.sink;
    this.sink = undefined;
    sink?.end();
  }
}

/** Where a tar entry's contents lie in the archive. */
export interface IndexedTarEntry extends TarEntry {
  readonly offset: number;
}

/**
 * A tar file's entries with where their contents lie, read header by header without reading
 * the contents between them (an image's layers are read later, each once).
 */
export function tarIndex(tar: RandomAccess): IndexedTarEntry[] {
  const entries: IndexedTarEntry[] = [];
  let nextName: string | undefined;
  // As in `TarParser`, an archive may end right after an entry, without its two zero blocks.
  for (let at = 0; at < tar.size; ) {
    const h = Buffer.from(tar.read(at, BLOCK));
    if (h.length < BLOCK) throw new ArchiveError("corrupt", "the tar archive is truncated");
    if (h.every((byte) => byte === 0)) break;
    if (!checksumMatches(h)) throw new ArchiveError("corrupt", "a tar header's checksum is wrong");
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156] as number);
    const offset = at + BLOCK;
    if (offset + size > tar.size) throw new ArchiveError("corrupt", "the tar archive is truncated");
    if (type === "x" || type === "L") {
      if (size > MAX_META_BYTES) throw new ArchiveError("corrupt", "a tar name header is too large");
      const text = Buffer.from(tar.read(offset, size)).toString("utf8");
      nextName = type === "x" ? (paxPath(text) ?? nextName) : text.replace(/\0+$/, "");
    } else if (type !== "g" && type !== "K") {
      entries.push({ name: nextName ?? headerName(h), size, type: entryKind(type), offset });
      nextName = undefined;
    }
    at = offset + size + ((BLOCK - (size % BLOCK)) % BLOCK);
  }
  return entries;
}

/** Regular files (and contiguous ones, type 7), directories; links and devices hold no content. */
function entryKind(type: string): TarEntry["type"] {
  return type === "0" || type === "\0" || type === "7" ? "file" : type === "5" ? "directory" : "other";
}

/** A header's name: ustar's prefix and name joined. */
function headerName(h: Buffer): string {
  const name = text(h, 0, 100);
  const isUstar = h.toString("latin1", 257, 262) === "ustar";
  const prefix = isUstar ? text(h, 345, 155) : "";
  return prefix === "" ? name : `${prefix}/${name}`;
}

function text(h: Buffer, offset: number, length: number): string {
  const field = h.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.toString("utf8", 0, end === -1 ? length : end);
}

/** A numeric field: octal digits, or base-256 when its first byte's high bit is set (GNU). */
function octal(h: Buffer, offset: number, length: number): number {
  if (((h[offset] as number) & 0x80) !== 0) {
    let value = (h[offset] as number) & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (h[offset + i] as number);
    return value;
  }
  const digits = text(h, offset, length).trim();
  const value = digits === "" ? 0 : Number.parseInt(digits, 8);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ArchiveError("corrupt", "a tar size is not a number");
  return value;
}

/** The header's checksum: the sum of its bytes, with the checksum field counted as spaces. */
function checksumMatches(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] as number);
  return octal(h, 148, 8) === sum;
}

/** The `path` record of a pax header ("<length> path=<value>\n" records). */
function paxPath(records: string): string | undefined {
  for (const record of records.split("\n")) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return undefined;
}
