/**
 * Archives built at test time: zips through fflate (the library keyhound reads them with), and
 * tar streams written here block by block, as `tar` does, so that tests need no `tar` binary;
 * bzip2 and xz through the `bzip2` and `xz` programs.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { expect, it } from "vitest";
import { randomChars } from "../../src/catalog/synth.js";
import { scan } from "../../src/scan/directory.js";
import { tempTree } from "./temp.js";

export type Contents = string | Uint8Array;

export interface TarItem {
  readonly name: string;
  readonly contents?: Contents;
  /** "0" a file (default), "5" a directory, "2" a symbolic link. */
  readonly type?: "0" | "5" | "2";
}

const BLOCK = 512;

const bytesOf = (contents: Contents) => (typeof contents === "string" ? strToU8(contents) : contents);

/** A ustar archive; names over 100 bytes get a pax header, as GNU tar writes them. */
export function tarOf(items: readonly TarItem[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  const add = (name: string, type: string, data: Uint8Array) => {
    blocks.push(header(name, type, data.length), padded(data));
  };
  for (const item of items) {
    const data = bytesOf(item.contents ?? "");
    if (Buffer.byteLength(item.name) > 100) {
      const record = ` path=${item.name}\n`;
      let length = record.length + 2;
      while (`${length}${record}`.length !== length) length++;
      add("PaxHeader", "x", strToU8(`${length}${record}`));
    }
    add(item.name.slice(0, 100), item.type ?? "0", data);
  }
  blocks.push(new Uint8Array(2 * BLOCK));
  return Buffer.concat(blocks);
}

function header(name: string, type: string, size: number): Uint8Array {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124);
  h.write("00000000000\0", 136);
  h.write(type, 156);
  h.write("ustar\0", 257);
  h.write("00", 263);
  h.write("        ", 148);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return h;
}

function padded(data: Uint8Array): Uint8Array {
  const rest = (BLOCK - (data.length % BLOCK)) % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, new Uint8Array(rest)]);
}

/** A zip of `files` (path -> contents), deflated unless `stored`. */
export function zipOf(files: Record<string, Contents>, stored = false): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, contents] of Object.entries(files))
    entries[name] = [bytesOf(contents), { level: stored ? 0 : 6 }];
  return zipSync(entries);
}

/**
 * The zip with its entries (or only the one named `only`) marked encrypted: flag bit 0 in the
 * local and central headers. Their bytes are not really encrypted; a reader must not read them.
 */
export function markedEncrypted(zip: Uint8Array, only?: string): Uint8Array {
  const copy = Buffer.from(zip);
  const named = (nameAt: number, lengthAt: number) =>
    only === undefined || copy.toString("utf8", nameAt, nameAt + copy.readUInt16LE(lengthAt)) === only;
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50 && named(at + 30, at + 26)) copy[at + 6] = (copy[at + 6] as number) | 1;
    if (signature === 0x02014b50 && named(at + 46, at + 28)) copy[at + 8] = (copy[at + 8] as number) | 1;
  }
  return copy;
}

/** `contents` compressed by the bzip2 program (a decoder is all keyhound has). */
export function bzip2Of(contents: Contents): Uint8Array {
  return execFileSync("bzip2", ["-c", "-9"], { input: bytesOf(contents), maxBuffer: 1024 * 1024 * 1024 });
}

/** `contents` compressed by the xz program (default: `-6`), with its further `options`. */
export function xzOf(contents: Contents, ...options: string[]): Uint8Array {
  return execFileSync("xz", ["-c", ...options], { input: bytesOf(contents), maxBuffer: 1024 * 1024 * 1024 });
}

/** An Anthropic key, built at test time: the secret the archive tests hide in their entries. */
export const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

/** A temporary tree holding `files`, binary contents included. */
export function treeOf(files: Record<string, Contents>): string {
  const dir = tempTree();
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

/** Scans `dir` in this thread. */
export const inTree = (dir: string, options: Parameters<typeof scan>[0] = {}) =>
  scan({ paths: [dir], workers: 0, ...options });

/** Findings as [path inside `dir`, line, column]. */
export const located = (findings: { path: string; line: number; column: number }[], dir: string) =>
  findings.map((f) => [f.path.slice(dir.length + 1), f.line, f.column]);

/**
 * The limit tests every compressed format shares: a bomb (128 MiB of zeros, alone and nested
 * in a zip) ended quickly at the ratio limit in bounded memory, and a `.tar.<ext>` past its entry
 * or byte limit ended as a whole. `compress` makes the format; `bombAtMost` bounds the bomb's size.
 */
export function compressedLimitTests(
  ext: string,
  compress: (contents: Contents) => Uint8Array,
  bombAtMost: number,
) {
  const env = `# settings\n\nKEY=${anthropicKey(`${ext} limits`)}\n`;

  it(`ends a ${ext} bomb quickly, in bounded memory, at the ratio limit`, async () => {
    const bomb = compress(new Uint8Array(128 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(bombAtMost);
    const dir = treeOf({
      [`bomb.${ext}`]: bomb,
      "nested.zip": zipOf({ "a.env": env, [`deep/bomb.tar.${ext}`]: bomb }, true),
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { findings, stats } = await inTree(dir);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(stats.skippedBy).toMatchObject({ "ratio limit": 2 });
    expect(stats.skippedPaths?.["ratio limit"]).toEqual([
      join(dir, `bomb.${ext}`),
      join(dir, `nested.zip!deep/bomb.tar.${ext}`),
    ]);
    // What was read before the limit is still reported.
    expect(located(findings, dir)).toEqual([["nested.zip!a.env", 3, 5]]);
  });

  it(`ends a .tar.${ext} past its entry or byte limit, as a whole`, async () => {
    const many = tarOf(Array.from({ length: 3000 }, (_, n) => ({ name: `f${n}.txt` })));
    const big = tarOf([
      { name: "one.txt", contents: randomChars("base64", 40_000, "one") },
      { name: "two.txt", contents: randomChars("base64", 40_000, "two") },
    ]);
    const dir = treeOf({ [`many.tar.${ext}`]: compress(many), [`big.tar.${ext}`]: compress(big) });
    // The tar's headers count as unpacked bytes too: each limit is tried alone.
    const entries = await inTree(dir, { maxArchiveEntries: 1000 });
    expect(entries.stats.skippedPaths?.["entry limit"]).toEqual([join(dir, `many.tar.${ext}`)]);
    const bytes = await inTree(dir, { maxArchiveBytes: 50_000 });
    expect(bytes.stats.skippedPaths?.["size limit"]).toEqual([
      join(dir, `big.tar.${ext}`),
      join(dir, `many.tar.${ext}`),
    ]);
  });
}
