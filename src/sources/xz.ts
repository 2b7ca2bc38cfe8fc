/**
 * xz streams (`.xz`, `.tar.xz`, `.txz`), decompressed by xz-embedded compiled to WebAssembly,
 * as the xz-decompress package ships it. That package's own API is an asynchronous web stream,
 * but WebAssembly itself is synchronous: its module is driven here directly, as the bzip2
 * decoder is, its input pulled from a `RandomAccess` a buffer at a time and its output pushed in
 * pieces, the limits checked on each, so that a bomb ends within its first piece past the ratio
 * floor, in bounded memory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type ArchiveBudget, ArchiveError, type ByteSink, RATIO_FLOOR } from "./archive.js";
import type { RandomAccess } from "./zip.js";

/**
 * Node's WebAssembly, as much of it as is used here: TypeScript declares it only in the DOM's
 * library, which this project leaves out.
 */
interface WebAssemblyApi {
  Module: { new (bytes: Uint8Array): WasmModule; exports(module: WasmModule): { name: string }[] };
  Instance: new (module: WasmModule, imports: object) => { exports: unknown };
}
/** A compiled module: opaque here (the brand exists only for the type checker). */
declare const compiledModule: unique symbol;
interface WasmModule {
  readonly [compiledModule]: true;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

/** What the module exports (xz-decompress's src/native/xz-decompress.c). */
interface XzExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  /** A decoder taking dictionaries up to 64 MiB (xz -9's size), and its buffers. */
  create_context(): number;
  destroy_context(context: number): void;
  /** Says that `size` bytes were written to the input buffer. */
  supply_input(context: number, size: number): void;
  /** Decodes what the input buffer holds into the output buffer; an empty input ends the stream. */
  get_next_output(context: number): number;
}

const EXPORTS = ["create_context", "destroy_context", "supply_input", "get_next_output"] as const;

/** The context's first fields, 32-bit words: xz-embedded's `struct xz_buf` after the buffers' size. */
const BUFFER_SIZE = 0;
const INPUT = 1;
const INPUT_POSITION = 2;
const INPUT_SIZE = 3;
const OUTPUT = 4;
const OUTPUT_POSITION = 5;
const FIELDS = 6;

/** xz-embedded's `enum xz_ret`: what `get_next_output` returns. */
const XZ_OK = 0;
const XZ_STREAM_END = 1;
const FAILURES: Record<number, [ArchiveError["reason"], string]> = {
  2: ["unsupported", "an integrity check this decoder lacks"],
  3: ["unsupported", "more memory than the decoder could have"],
  4: ["unsupported", "a dictionary over 64 MiB"],
  5: ["corrupt", "not an xz stream"],
  6: ["unsupported", "a filter or integrity check this decoder lacks (SHA-256, BCJ)"],
  7: ["corrupt", "damaged data"],
  8: ["corrupt", "cut short, or followed by something not xz"],
};

/** The pinned version, whose single file embeds its module as a base64 data URL. */
const PACKAGE = "xz-decompress";
const PINNED = "0.2.3";
const EMBEDDED = /"data:application\/wasm;base64,([A-Za-z0-9+/]+={0,2})"/;

let compiled: WasmModule | undefined;

/**
 * An instance left by the last stream, for the next: a new one costs 2 to 4 ms for the
 * 8 to 64 MiB of memory its dictionary takes, a reused one nothing. One whose memory grew past
 * `KEPT_MEMORY` (a dictionary over xz -6's 8 MiB) is dropped instead, so that a thread does not
 * hold 64 MiB for the rest of its life after one xz -9 file.
 */
let idle: XzExports | undefined;
const KEPT_MEMORY = 16 * 1024 * 1024;

/**
 * The decoder's module, compiled once per thread, when the first xz stream is met: most scans
 * meet none, and do not pay for reading and compiling it.
 */
function xzModule(): WasmModule {
  compiled ??= compileDecoder(createRequire(import.meta.url).resolve(PACKAGE));
  return compiled;
}

/**
 * The module embedded in `file` (xz-decompress's main file); a clear error when the file holds
 * none, or one that does not export what is driven here: another version's layout.
 */
export function compileDecoder(file: string): WasmModule {
  const embedded = EMBEDDED.exec(readFileSync(file, "utf8"))?.[1];
  const module = embedded === undefined ? undefined : new WebAssembly.Module(Buffer.from(embedded, "base64"));
  const names = new Set(module === undefined ? [] : WebAssembly.Module.exports(module).map((e) => e.name));
  if (module === undefined || !["memory", ...EXPORTS].every((name) => names.has(name))) {
    throw new Error(
      `${file} does not hold the xz decoder keyhound drives (it needs ${PACKAGE}@${PINNED}): reinstall keyhound`,
    );
  }
  return module;
}

/**
 * Decompresses the xz stream (or concatenated streams, with their padding) in `input` into
 * `out`. Unpacked bytes count against `budget`; a stream unpacking to more than `maxRatio` times
 * the compressed bytes decoded so far ends with a "ratio limit" error, a damaged or cut one
 * with "corrupt", one needing what this decoder lacks (a SHA-256 check, a BCJ filter, a
 * dictionary over 64 MiB) with "unsupported".
 */
export function decompressXz(input: RandomAccess, out: ByteSink, budget: ArchiveBudget): void {
  // Taken from the idle slot while in use: a stream nested in this one, decoded while this one's
  // output is handed on, gets an instance (and memory) of its own.
  const xz = idle ?? (new WebAssembly.Instance(xzModule(), {}).exports as unknown as XzExports);
  idle = undefined;
  const context = xz.create_context();
  try {
    decode(xz, context, input, out, budget);
  } finally {
    xz.destroy_context(context);
    if (idle === undefined && xz.memory.buffer.byteLength <= KEPT_MEMORY) idle = xz;
  }
}

function decode(
  xz: XzExports,
  context: number,
  input: RandomAccess,
  out: ByteSink,
  budget: ArchiveBudget,
): void {
  const fields = () => new Uint32Array(xz.memory.buffer, context, FIELDS);
  const bufferSize = fields()[BUFFER_SIZE] as number;
  let supplied = 0;
  let blockStart = 0;
  let unpacked = 0;
  for (;;) {
    let state = fields();
    if (state[INPUT_POSITION] === state[INPUT_SIZE]) {
      // Past the end, an empty block tells the decoder the input is over.
      const block = supplied < input.size ? input.read(supplied, bufferSize) : new Uint8Array(0);
      new Uint8Array(xz.memory.buffer, state[INPUT], block.length).set(block);
      xz.supply_input(context, block.length);
      blockStart = supplied;
      supplied += block.length;
    }
    const code = xz.get_next_output(context);
    // The module's memory grows as the decoder allocates its dictionary: views are made anew.
    state = fields();
    const produced = state[OUTPUT_POSITION] as number;
    if (produced > 0) {
      unpacked += produced;
      const { maxRatio } = budget.limits;
      const decoded = blockStart + (state[INPUT_POSITION] as number);
      if (unpacked > RATIO_FLOOR && unpacked > maxRatio * decoded) {
        throw new ArchiveError("ratio limit", `expands more than ${maxRatio} times`);
      }
      budget.unpacked(produced);
      out.push(new Uint8Array(xz.memory.buffer, state[OUTPUT], produced));
      fields()[OUTPUT_POSITION] = 0;
    }
    if (code === XZ_STREAM_END) break;
    if (code !== XZ_OK) {
      const [reason, what] = FAILURES[code] ?? ["corrupt", `error ${code}`];
      throw new ArchiveError(reason, `cannot decompress xz: ${what}`);
    }
  }
  out.end();
}
