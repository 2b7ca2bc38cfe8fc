/**
 * The keyword automaton's loop (see prefilter.ts) as a tiny hand-assembled WebAssembly
 * function, and the runner that feeds it input. WebAssembly because JS typed-array bounds
 * checks sit on the loop's dependency chain: the same single-stream loop runs about twice as
 * fast there.
 */
import { name, section, sleb, uleb, vector } from "./wasm-encoding.js";

/**
 * Bytes `find` takes at once. Each byte yields at most one hit, so the hit list never
 * outgrows 8 bytes x SLICE, whatever the input.
 */
export const SLICE = 64 * 1024;

/** Runs the automaton's transition table over input, `SLICE` bytes at most at a time. */
export interface Runner {
  hits: Int32Array;
  state: number;
  readonly readBuffer?: Buffer;
  /** The `WebAssembly.Memory` that holds `readBuffer`. */
  readonly readMemory?: object;
  run(bytes: Uint8Array, start: number, end: number, state: number): number;
}

/*
 * The WebAssembly runner. One step of the automaton, with $p the input address, $s the state's
 * offset in a column of the table, $h the end of the hit list and ACCEPT the first accepting
 * state's offset, in text form:
 *
 *   (local.set $s (i32.load16_u offset=TABLE (i32.add (local.get $s)
 *     (i32.load offset=CLASSES (i32.shl (i32.load8_u (local.get $p)) (i32.const 2))))))
 *   (if (i32.ge_u (local.get $s) (i32.const ACCEPT)) (then
 *     (i32.store (local.get $h) (i32.add (local.get $p) (i32.const 1)))
 *     (i32.store offset=4 (local.get $h) (local.get $s))
 *     (local.set $h (i32.add (local.get $h) (i32.const 8)))))
 *
 * A step waits for its table load, which waits for the step before: one chain of dependent
 * loads leaves the core mostly idle. So the input is cut into streams that run interleaved,
 * each its own chain, in one loop: `(func $findN (param $n))` takes N streams of $n bytes, each
 * with its input address, state and hit list end in the scratch words below, steps them all
 * once per iteration and writes the states and hit list ends back. `find1` serves inputs too
 * short to split.
 *
 * Each stream's values must stay in registers: four streams fit now that a step holds no
 * shift (with one, a fourth stream was slower than three), and for the same reason a hit stores
 * the address, not the caller's offset, and ACCEPT is a constant compiled in, not a parameter:
 * one more value live in the loop costs about a fifth of the speed.
 *
 * Memory layout: [0, 48) scratch (per stream: input address at 4k, state at 16 + 4k, hit list
 * end at 32 + 4k; room for four streams), [64, 1088) the byte class of each byte value (its
 * column's byte offset in the table, an i32 each), then the transition table (16-bit entries,
 * column by column), one hit list per stream (2 x i32 a hit, SLICE hits each), the slice copied
 * in from the caller's bytes, and the caller's read buffer (`readBuffer`), whose bytes the loop
 * reads where they are.
 */
const STREAMS = 4;
const INPUT_WORD = 0;
const STATE_WORD = 4;
const HITS_WORD = 8;
const CLASSES_AT = 64;
const TABLE_AT = CLASSES_AT + 1024;

function assembleFind(acceptFrom: number): Uint8Array {
  const op = {
    block: 0x02,
    loop: 0x03,
    if: 0x04,
    end: 0x0b,
    br: 0x0c,
    brIf: 0x0d,
    void: 0x40,
    get: 0x20,
    set: 0x21,
    tee: 0x22,
    const: 0x41,
    geU: 0x4f,
    add: 0x6a,
    shl: 0x74,
    load: 0x28,
    load8u: 0x2d,
    load16u: 0x2f,
    store: 0x36,
    i32: 0x7f,
  };
  // One step; p, s, h are local indexes. Constants other than ACCEPT are < 64, one LEB byte.
  // biome-ignore format: laid out like the text form above, one statement a line
  const step = (p: number, s: number, h: number) => [
    op.get, s,
    op.get, p, op.load8u, 0, 0, op.const, 2, op.shl, op.load, 2, ...uleb(CLASSES_AT),
    op.add, op.load16u, 1, ...uleb(TABLE_AT), op.tee, s,
    op.const, ...sleb(acceptFrom), op.geU, op.if, op.void,
      op.get, h, op.get, p, op.const, 1, op.add, op.store, 2, 0,
      op.get, h, op.get, s, op.store, 2, 4,
      op.get, h, op.const, 8, op.add, op.set, h,
    op.end,
  ];
  const word = (scratchWord: number, stream: number) => uleb(4 * (scratchWord + stream));

  // findN(n) with locals end, then per stream: p, s, h.
  const findStreams = (streams: number): number[] => {
    const [N, END] = [0, 1];
    const p = (k: number) => 2 + 3 * k;
    const s = (k: number) => 3 + 3 * k;
    const h = (k: number) => 4 + 3 * k;
    const perStream = (emit: (k: number) => number[]) =>
      Array.from({ length: streams }, (_, k) => emit(k)).flat();
    // biome-ignore format: one statement a line
    return [
      1, ...uleb(1 + 3 * streams), op.i32,
      ...perStream((k) => [
        op.const, 0, op.load, 2, ...word(INPUT_WORD, k), op.set, p(k),
        op.const, 0, op.load, 2, ...word(STATE_WORD, k), op.set, s(k),
        op.const, 0, op.load, 2, ...word(HITS_WORD, k), op.set, h(k),
      ]),
      op.get, p(0), op.get, N, op.add, op.set, END,
      op.block, op.void, op.loop, op.void,
        op.get, p(0), op.get, END, op.geU, op.brIf, 1,
        ...perStream((k) => step(p(k), s(k), h(k))),
        ...perStream((k) => [op.get, p(k), op.const, 1, op.add, op.set, p(k)]),
        op.br, 0,
      op.end, op.end,
      ...perStream((k) => [
        op.const, 0, op.get, s(k), op.store, 2, ...word(STATE_WORD, k),
        op.const, 0, op.get, h(k), op.store, 2, ...word(HITS_WORD, k),
      ]),
      op.end,
    ];
  };
  const find1 = findStreams(1);
  const findN = findStreams(STREAMS);

  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[op.i32]]), 0]])),
    ...section(3, vector([[0], [0]])),
    ...section(5, vector([[0x00, 1]])),
    ...section(
      7,
      vector([
        [...name("find1"), 0x00, 0],
        [...name("findN"), 0x00, 1],
        [...name("memory"), 0x02, 0],
      ]),
    ),
    ...section(
      10,
      vector([
        [...uleb(find1.length), ...find1],
        [...uleb(findN.length), ...findN],
      ]),
    ),
  ]);
}

/** The little of the WebAssembly API used here (the project's `lib` setting has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type Find = (n: number) => void;

const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
/**
 * The runner's module, compiled for each automaton since its accepting threshold is
 * built in (under a millisecond); `null` where WebAssembly is unavailable (`--jitless`).
 */
export function findModule(acceptFrom: number): object | null {
  if (wasm === undefined) return null;
  try {
    return new wasm.Module(assembleFind(acceptFrom));
  } catch {
    return null;
  }
}

/**
 * `warmup` is the longest keyword length minus one: each stream after the first starts that
 * many bytes before the end of the stream before it, in the root state, so that it is in the
 * right state where its own part begins; hits it reports in that lead-in are the earlier
 * stream's and are dropped.
 */
export function wasmRunner(
  module: object,
  table: Uint16Array,
  classOf: Int32Array,
  warmup: number,
  readBytes: number,
): Runner {
  const instance = new (wasm as WasmApi).Instance(module);
  const memory = instance.exports.memory as WasmMemory;
  const find1 = instance.exports.find1 as Find;
  const findN = instance.exports.findN as Find;
  const hitsAt = TABLE_AT + Math.ceil(table.byteLength / 8) * 8;
  const hitListBytes = SLICE * 8;
  const inputAt = hitsAt + STREAMS * hitListBytes;
  const readAt = inputAt + SLICE;
  const pages = Math.ceil((readAt + readBytes) / 65536);
  memory.grow(pages - memory.buffer.byteLength / 65536);
  // The memory never grows again, so these views stay valid.
  new Int32Array(memory.buffer, CLASSES_AT, 256).set(classOf);
  new Uint16Array(memory.buffer, TABLE_AT, table.length).set(table);
  const bytesView = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  const hits = new Int32Array(memory.buffer, hitsAt, SLICE * 2);
  // Below this, splitting the input costs more than it saves.
  const splitFrom = 8 * STREAMS * warmup + 256;
  const runner: Runner = {
    hits,
    state: 0,
    readBuffer: readBytes > 0 ? Buffer.from(memory.buffer, readAt, readBytes) : undefined,
    readMemory: readBytes > 0 ? memory : undefined,
    run(bytes, start, end, state) {
      const length = end - start;
      let address = bytes.byteOffset + start;
      if (bytes.buffer !== memory.buffer) {
        bytesView.set(bytes.subarray(start, end), inputAt);
        address = inputAt;
      }
      words[INPUT_WORD] = address;
      words[STATE_WORD] = state;
      words[HITS_WORD] = hitsAt;
      if (length < splitFrom) {
        find1(length);
        runner.state = words[STATE_WORD] as number;
        return ownHits(0, 0, start - address, 0);
      }
      // Stream k covers [k (n - warmup), + n), the last one ending at `length`: each starts
      // at least `warmup` bytes before the one before it ends.
      const n = Math.ceil((length + (STREAMS - 1) * warmup) / STREAMS);
      const last = STREAMS - 1;
      for (let k = 1; k < STREAMS; k++) {
        words[INPUT_WORD + k] = address + (k === last ? length - n : k * (n - warmup));
        words[STATE_WORD + k] = 0;
        words[HITS_WORD + k] = hitsAt + k * hitListBytes;
      }
      findN(n);
      runner.state = words[STATE_WORD + last] as number;
      let count = 0;
      for (let k = 0; k < STREAMS; k++) {
        // Hits ending at or before the end of stream k - 1 are that stream's.
        const firstOwn = k === 0 ? 0 : (words[INPUT_WORD + k - 1] as number) + n + 1;
        count = ownHits(k, firstOwn, start - address, count);
      }
      return count;
    },
  };
  /**
   * Appends stream k's hits from `firstOwn` (an address) on to `hits`, from `count` on, as
   * offsets in the caller's buffer (address + `bias`); returns the new count. The loop records
   * addresses, not offsets: see the runner's notes above.
   */
  const ownHits = (k: number, firstOwn: number, bias: number, count: number): number => {
    const listEnd = (words[HITS_WORD + k] as number) >> 2;
    let at = (hitsAt + k * hitListBytes) >> 2;
    while (at < listEnd && (words[at] as number) < firstOwn) at += 2;
    for (; at < listEnd; at += 2, count++) {
      hits[2 * count] = (words[at] as number) + bias;
      hits[2 * count + 1] = words[at + 1] as number;
    }
    return count;
  };
  return runner;
}
