/**
 * The one pass the decoders make over every byte of a buffer: where base64, base64url and hex
 * runs long enough to decode lie, where string escapes that can hide a credential character
 * start, and where `%` is (percent-encoding). What follows looks only at those places, a few in a thousand bytes of
 * ordinary code.
 *
 * Measured on the benchmark corpus (npm packages, 400 MB): the search it replaces, which jumped
 * from one possible run end to the next in JS, and three native searches for the escapes, cost
 * about a third of a scan's CPU over again; this SIMD WebAssembly loop, reading the chunk where
 * it lies, costs less than half of that (bench/NOTES.md, 2026-12-06). A JS loop giving the same answer serves runtimes without WebAssembly.
 */
import { name, section, sleb, uleb, vector } from "../wasm-encoding.js";

/** Where encoded text can start: found by `candidates`. */
export interface Candidates {
  /** Maximal runs of base64/base64url/hex characters at least `minRun` long: [start, end) pairs. */
  readonly runs: number[];
  /** Offsets where `\u00`, `\x` or `\/` starts, in increasing order. */
  readonly escapes: number[];
  /**
   * Offsets of `%`, in increasing order. Found in the same pass: `%` is common in code
   * (format strings, `%` operators, CSS), and a native search called once per `%` cost more
   * than the pass's own work.
   */
  readonly percents: number[];
}

/** Whether a byte can be part of a run: the base64 and base64url alphabets (hex is a part of them). */
function isRunByte(byte: number): boolean {
  const lower = byte | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2b || // +
    byte === 0x2f || // /
    byte === 0x2d || // -
    byte === 0x5f // _
  );
}

/**
 * The runs of `bytes[from, to)` at least `minRun` (33 or more) bytes long, clipped to
 * `[from, to)`, and the escapes starting there (an escape's bytes past `to` count as absent).
 * With a `place`, bytes in its memory are read where they lie.
 */
export function candidates(
  bytes: Uint8Array,
  from: number,
  to: number,
  minRun: number,
  place?: DecodePlace,
): Candidates {
  if (place !== undefined && bytes.buffer === place.scratch.buffer) {
    let inPlace = finderAt.get(place);
    if (inPlace === undefined) {
      inPlace = placeFinder(place) ?? jsFinder;
      finderAt.set(place, inPlace);
    }
    return inPlace(bytes, from, to, minRun);
  }
  finder ??= wasmFinder() ?? jsFinder;
  return finder(bytes, from, to, minRun);
}

type Finder = (bytes: Uint8Array, from: number, to: number, minRun: number) => Candidates;
let finder: Finder | undefined;
const finderAt = new WeakMap<DecodePlace, Finder>();

const BACKSLASH = 0x5c;
const PERCENT = 0x25;

function escapeAt(bytes: Uint8Array, at: number, to: number): boolean {
  if (bytes[at] !== BACKSLASH || at + 1 >= to) return false;
  const kind = bytes[at + 1];
  if (kind === 0x78 || kind === 0x2f) return true;
  return kind === 0x75 && at + 3 < to && bytes[at + 2] === 0x30 && bytes[at + 3] === 0x30;
}

/** The pass in JS, for runtimes without WebAssembly (and the reference the tests compare with). */
export const jsFinder: Finder = (bytes, from, to, minRun) => {
  const runs: number[] = [];
  const escapes: number[] = [];
  const percents: number[] = [];
  let runStart = from;
  for (let at = from; at <= to; at++) {
    if (at < to && isRunByte(bytes[at] as number)) continue;
    if (at - runStart >= minRun) runs.push(runStart, at);
    runStart = at + 1;
    if (at < to && escapeAt(bytes, at, to)) escapes.push(at);
    else if (at < to && bytes[at] === PERCENT) percents.push(at);
  }
  return { runs, escapes, percents };
};

/**
 * Bytes the WebAssembly pass takes per call (read in place, or copied into its scratch area),
 * which bounds its record lists; runs and escapes carry over from one slice to the next.
 */
const SLICE = 64 * 1024;

/*
 * The WebAssembly pass, `find(input, n, minRun, scratch)`, over the n bytes at `input` (n a
 * multiple of 32), recording into the scratch area at `scratch` (layout below), 32 bytes a
 * step as two vectors v of 16, each with w1..w3 its bytes 1..3 further on. In text form:
 *
 *   do:
 *     out = the two halves' bitmask((swizzle(LOW, v & 15) & swizzle(HIGH, v >> 4)) == 0)
 *                                                       ; a bit per byte not in a run
 *     if out == 0: run += 32                            ; the run goes on (rare)
 *     else:
 *       lead = run + ctz(out)                           ; with the run bytes first
 *       if lead >= minRun: record (address + ctz(out), lead) as a run end
 *       run = clz(out)                                  ; run bytes last
 *     if any_true(v == '\' | v == '%' for either half):
 *       out = the halves' bitmask(v == '\' & (w1 == 'x' | w1 == '/' | w1 == 'u' & w2 == '0' & w3 == '0'))
 *       record (address, out) as escapes if out != 0
 *       out = the halves' bitmask(v == '%')
 *       record (address, out) as percents if out != 0
 *     address += 32
 *   while address < input + n
 *
 * `run`, the run bytes ending the input so far, is kept in RUN_WORD from one call to the next.
 * Only runs that reach past a 32-byte step are seen: hence `minRun` of 33 or more. LOW and HIGH
 * give each low and high nibble the classes of run bytes it occurs in (one bit per class:
 * digits, A-O and a-o, P-Z and p-z, + - /, _), so a byte belongs to a run when its two entries
 * share a bit. The loop branches only where a step is all run bytes, a long run ends, or a
 * backslash or `%` is (all rare): storing a record every step and keeping it by advancing the list's
 * end cost more, and so did choosing the run's new length without a branch. Two vectors a step
 * halve the scalar work, which dominates. `find` returns the number of runs and leaves the
 * escape and percent lists' ends in ESCAPES_END_WORD and PERCENTS_END_WORD.
 */
const STEP = 32;
/** A run longer than a step crosses a step boundary, where the WebAssembly pass sees runs end. */
const SHORTEST_RUN = STEP + 1;
// The scratch area's layout, from its start (4-aligned).
const RUN_WORD = 0;
const ESCAPES_END_WORD = 4;
const PERCENTS_END_WORD = 8;
const RUNS_AT = 64;
/** A step ends at most one run, and makes at most one record of each other kind: 8 bytes a step. */
const LIST_BYTES = (SLICE / STEP + 1) * 8;
const ESCAPES_AT = RUNS_AT + LIST_BYTES;
const PERCENTS_AT = ESCAPES_AT + LIST_BYTES;
/** Where input that is not read in place is copied to. */
const INPUT_AT = PERCENTS_AT + LIST_BYTES;
/** A slice, a step of NULs after the input's end to close its last run, and `w3`'s reach. */
const INPUT_BYTES = SLICE + 2 * STEP;
/** Bytes of the scratch area a `DecodePlace` provides. */
export const SCRATCH_BYTES = INPUT_AT + INPUT_BYTES;

const [DIGIT, UPPER_HALF, LOWER_HALF, SIGN, UNDERSCORE] = [1, 2, 4, 8, 16];
/** Per low nibble, the classes of run bytes it occurs in. */
const LOW: number[] = Array.from(
  { length: 16 },
  (_, low) =>
    (low <= 9 ? DIGIT : 0) |
    (low >= 1 ? UPPER_HALF : 0) |
    (low <= 10 ? LOWER_HALF : 0) |
    (low === 0xb || low === 0xd || low === 0xf ? SIGN : 0) |
    (low === 0xf ? UNDERSCORE : 0),
);
/** Per high nibble: 0x2_ holds + - /, 0x3_ digits, 0x4_ 0x6_ A-O a-o, 0x5_ 0x7_ P-Z p-z and _. */
// biome-ignore format: one entry per high nibble
const HIGH: number[] = [
  0, 0, SIGN, DIGIT, UPPER_HALF, LOWER_HALF | UNDERSCORE, UPPER_HALF, LOWER_HALF,
  0, 0, 0, 0, 0, 0, 0, 0,
];

/** `find(input, n, minRun, scratch)`; its memory is its own, or imported (`env.memory`). */
function assembleFind(importMemory: boolean): Uint8Array {
  const i32 = 0x7f;
  const v128 = 0x7b;
  const op = {
    loop: 0x03,
    if: 0x04,
    else: 0x05,
    end: 0x0b,
    brIf: 0x0d,
    void: 0x40,
    get: 0x20,
    set: 0x21,
    tee: 0x22,
    load: 0x28,
    store: 0x36,
    const: 0x41,
    eqz: 0x45,
    ne: 0x47,
    ltU: 0x49,
    geU: 0x4f,
    clz: 0x67,
    ctz: 0x68,
    add: 0x6a,
    sub: 0x6b,
    or: 0x72,
    shl: 0x74,
    shrU: 0x76,
  };
  const simd = (code: number) => [0xfd, ...uleb(code)];
  const load = (offset: number) => [...simd(0x00), 0, ...uleb(offset)];
  const constant = (bytes: number[]) => [...simd(0x0c), ...bytes];
  const splat = (byte: number) => constant(new Array<number>(16).fill(byte));
  const i8x16 = { eq: simd(0x23), bitmask: simd(0x64), shrU: simd(0x6d), swizzle: simd(0x0e) };
  const v = { and: simd(0x4e), or: simd(0x50), anyTrue: simd(0x53) };
  // Locals: parameters input, n, minRun and scratch, then i32s, then v128s (the two halves).
  const [P, N, MIN, S, END, R, E, Q, RUN, OUT, LEAD, V0, V1] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const at = (offset: number) => [op.get, S, op.const, ...sleb(offset), op.add];
  // Loads the half at P + offset into `half`, leaves the bitmask of its bytes not in a run.
  // biome-ignore format: one operation a line would hide the expression
  const notInRun = (offset: number, half: number) => [
    op.get, P, ...load(offset), op.set, half,
    ...constant(LOW), op.get, half, ...splat(15), ...v.and, ...i8x16.swizzle,
    ...constant(HIGH), op.get, half, op.const, 4, ...i8x16.shrU, ...i8x16.swizzle,
    ...v.and, ...splat(0), ...i8x16.eq, ...i8x16.bitmask,
  ];
  const equal = (offset: number, byte: number) => [op.get, P, ...load(offset), ...splat(byte), ...i8x16.eq];
  // The bitmask of the escapes starting in the half at P + offset (`half` holds it).
  // biome-ignore format: one operation a line would hide the expression
  const escapesIn = (offset: number, half: number) => [
    op.get, half, ...splat(BACKSLASH), ...i8x16.eq,
    ...equal(offset + 1, 0x78), ...equal(offset + 1, 0x2f), ...v.or,
    ...equal(offset + 1, 0x75), ...equal(offset + 2, 0x30), ...v.and, ...equal(offset + 3, 0x30), ...v.and,
    ...v.or, ...v.and, ...i8x16.bitmask,
  ];
  // biome-ignore format: laid out like the text form above
  const body = [
    ...vector([[7, i32], [2, v128]]),
    op.get, P, op.get, N, op.add, op.set, END,
    ...at(RUNS_AT), op.set, R,
    ...at(ESCAPES_AT), op.set, E,
    ...at(PERCENTS_AT), op.set, Q,
    op.get, S, op.load, 2, ...uleb(RUN_WORD), op.set, RUN,
    // `find` is called with at least one step (n >= 32): the test is at the loop's end.
    op.loop, op.void,
      ...notInRun(0, V0), ...notInRun(16, V1), op.const, 16, op.shl, op.or, op.tee, OUT,
      op.eqz, op.if, op.void,
        op.get, RUN, op.const, STEP, op.add, op.set, RUN,
      op.else,
        op.get, OUT, op.ctz, op.get, RUN, op.add, op.tee, LEAD,
        // Rare (a long run ends here), so a branch costs less than storing every step.
        op.get, MIN, op.geU, op.if, op.void,
          op.get, R, op.get, P, op.get, OUT, op.ctz, op.add, op.store, 2, 0,
          op.get, R, op.get, LEAD, op.store, 2, 4,
          op.get, R, op.const, 8, op.add, op.set, R,
        op.end,
        op.get, OUT, op.clz, op.set, RUN,
      op.end,
      op.get, V0, ...splat(BACKSLASH), ...i8x16.eq, op.get, V1, ...splat(BACKSLASH), ...i8x16.eq, ...v.or,
      op.get, V0, ...splat(PERCENT), ...i8x16.eq, ...v.or, op.get, V1, ...splat(PERCENT), ...i8x16.eq, ...v.or,
      ...v.anyTrue, op.if, op.void,
        op.get, E, op.get, P, op.store, 2, 0,
        op.get, E, ...escapesIn(0, V0), ...escapesIn(16, V1), op.const, 16, op.shl, op.or, op.tee, OUT,
          op.store, 2, 4,
        op.get, E, op.get, OUT, op.const, 0, op.ne, op.const, 3, op.shl, op.add, op.set, E,
        op.get, Q, op.get, P, op.store, 2, 0,
        op.get, Q,
          op.get, V0, ...splat(PERCENT), ...i8x16.eq, ...i8x16.bitmask,
          op.get, V1, ...splat(PERCENT), ...i8x16.eq, ...i8x16.bitmask, op.const, 16, op.shl, op.or, op.tee, OUT,
          op.store, 2, 4,
        op.get, Q, op.get, OUT, op.const, 0, op.ne, op.const, 3, op.shl, op.add, op.set, Q,
      op.end,
      op.get, P, op.const, STEP, op.add, op.tee, P, op.get, END, op.ltU, op.brIf, 0,
    op.end,
    op.get, S, op.get, RUN, op.store, 2, ...uleb(RUN_WORD),
    op.get, S, op.get, E, op.store, 2, ...uleb(ESCAPES_END_WORD),
    op.get, S, op.get, Q, op.store, 2, ...uleb(PERCENTS_END_WORD),
    op.get, R, ...at(RUNS_AT), op.sub, op.const, 3, op.shrU,
    op.end,
  ];
  const memoryType = [0x00, ...uleb(Math.ceil(SCRATCH_BYTES / 65536))];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[i32], [i32], [i32], [i32]]), ...vector([[i32]])]])),
    ...(importMemory ? section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 1]])) : []),
    ...section(3, vector([[0]])),
    ...(importMemory ? [] : section(5, vector([memoryType]))),
    ...section(
      7,
      vector([[...name("find"), 0x00, 0], ...(importMemory ? [] : [[...name("memory"), 0x02, 0]])]),
    ),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

/** The little of the WebAssembly API used here (the project's `lib` setting has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

/**
 * A WebAssembly memory that holds the bytes to search (a scanner's read buffer), and a scratch
 * area of `SCRATCH_BYTES` in it (4-aligned): bytes there are searched where they lie, without a copy.
 * The memory must not grow once the place is made.
 */
export interface DecodePlace {
  /** A `WebAssembly.Memory`. */
  readonly memory: object;
  readonly scratch: Uint8Array;
}

type Find = (input: number, n: number, minRun: number, scratch: number) => number;

const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

function instantiate(memory: object | undefined): Record<string, unknown> | undefined {
  if (wasm === undefined) return undefined;
  try {
    const module = new wasm.Module(assembleFind(memory !== undefined));
    return new wasm.Instance(module, memory === undefined ? {} : { env: { memory } }).exports;
  } catch {
    return undefined;
  }
}

/**
 * The WebAssembly pass over its own memory (input copied in); `undefined` where WebAssembly or
 * its SIMD is unavailable (`--jitless`).
 */
export function wasmFinder(): Finder | undefined {
  const exports = instantiate(undefined);
  if (exports === undefined) return undefined;
  return driver(exports.find as Find, new Uint8Array((exports.memory as WasmMemory).buffer), 0);
}

/** The WebAssembly pass over the memory of `place`, reading bytes in it where they lie. */
export function placeFinder(place: DecodePlace): Finder | undefined {
  const exports = instantiate(place.memory);
  if (exports === undefined) return undefined;
  const view = new Uint8Array((place.memory as WasmMemory).buffer);
  const { scratch } = place;
  if (scratch.buffer !== view.buffer || scratch.length < SCRATCH_BYTES || scratch.byteOffset % 4 !== 0) {
    return undefined;
  }
  return driver(exports.find as Find, view, scratch.byteOffset);
}

/**
 * Runs `find` over `bytes[from, to)`, a slice at a time: in place while the bytes lie in the
 * memory (`view`) and a step's reach stays before `to`, then the rest copied into the scratch
 * area at `scratch`, followed by NULs (so that bytes past `to` never count, and a NUL ends the
 * last run). The run carries over from one call to the next in the scratch's RUN_WORD.
 */
function driver(find: Find, view: Uint8Array, scratch: number): Finder {
  const words = new Int32Array(view.buffer);
  const input = scratch + INPUT_AT;
  return (bytes, from, to, minRun) => {
    if (minRun < SHORTEST_RUN) throw new RangeError(`minRun must be at least ${SHORTEST_RUN}`);
    const runs: number[] = [];
    const escapes: number[] = [];
    const percents: number[] = [];
    // Appends the offsets the bitmask records at words [first, end) hold to `list`.
    const offsets = (first: number, end: number, bias: number, list: number[]) => {
      for (let i = first; i < end; i += 2) {
        const step = (words[i] as number) + bias;
        for (let mask = words[i + 1] as number; mask !== 0; mask &= mask - 1) {
          const at = step + 31 - Math.clz32(mask & -mask);
          if (at < to) list.push(at);
        }
      }
    };
    // Appends what one call of `find` recorded; `bias` turns its addresses into offsets.
    const collect = (count: number, bias: number) => {
      for (let i = 0; i < count; i++) {
        const record = ((scratch + RUNS_AT) >> 2) + 2 * i;
        const end = (words[record] as number) + bias;
        runs.push(end - (words[record + 1] as number), end);
      }
      const escapesEnd = (words[(scratch + ESCAPES_END_WORD) >> 2] as number) >> 2;
      offsets((scratch + ESCAPES_AT) >> 2, escapesEnd, bias, escapes);
      const percentsEnd = (words[(scratch + PERCENTS_END_WORD) >> 2] as number) >> 2;
      offsets((scratch + PERCENTS_AT) >> 2, percentsEnd, bias, percents);
    };
    words[(scratch + RUN_WORD) >> 2] = 0;
    let at = from;
    if (bytes.buffer === view.buffer) {
      const base = bytes.byteOffset;
      // Whole steps whose bytes and escape lookahead (3 bytes) lie before `to`.
      const inPlaceEnd = from + Math.max(0, Math.floor((to - 3 - from) / STEP)) * STEP;
      while (at < inPlaceEnd) {
        const n = Math.min(SLICE, inPlaceEnd - at);
        collect(find(base + at, n, minRun, scratch), -base);
        at += n;
      }
    }
    for (;;) {
      const length = Math.min(SLICE, to - at);
      const last = at + length === to;
      const copied = Math.min(length + 3, to - at);
      const steps = Math.ceil((last ? length + 1 : length) / STEP);
      view.set(bytes.subarray(at, at + copied), input);
      view.fill(0, input + copied, input + steps * STEP + 3);
      collect(find(input, steps * STEP, minRun, scratch), at - input);
      if (last) break;
      at += length;
    }
    return { runs, escapes, percents };
  };
}
