/**
 * The one pass the decoders make over every byte of a buffer: where base64, base64url and hex
 * runs long enough to decode lie, and where string escapes that can hide a credential
 * character start. What follows looks only at those places, a few in a thousand bytes of
 * ordinary code.
 *
 * Measured on the benchmark corpus (npm packages, 400 MB): the search it replaces, which jumped
 * from one possible run end to the next in JS, and three native searches for the escapes, cost
 * a third of the whole scan's CPU over again. One SIMD WebAssembly loop does it for a fraction
 * of that. A JS loop giving the same answer serves runtimes without WebAssembly.
 */

/** Where encoded text can start: found by `candidates`. */
export interface Candidates {
  /** Maximal runs of base64/base64url/hex characters at least `minRun` long: [start, end) pairs. */
  readonly runs: number[];
  /** Offsets where `\u00`, `\x` or `\/` starts, in increasing order. */
  readonly escapes: number[];
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
 */
export function candidates(bytes: Uint8Array, from: number, to: number, minRun: number): Candidates {
  finder ??= wasmFinder() ?? jsFinder;
  return finder(bytes, from, to, minRun);
}

type Finder = (bytes: Uint8Array, from: number, to: number, minRun: number) => Candidates;
let finder: Finder | undefined;

const BACKSLASH = 0x5c;

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
  let runStart = from;
  for (let at = from; at <= to; at++) {
    if (at < to && isRunByte(bytes[at] as number)) continue;
    if (at - runStart >= minRun) runs.push(runStart, at);
    runStart = at + 1;
    if (at < to && escapeAt(bytes, at, to)) escapes.push(at);
  }
  return { runs, escapes };
};

/**
 * The pass over at most this many bytes per call, copied into the WebAssembly memory (the copy
 * stays in cache for the loop); runs and escapes carry over from one slice to the next.
 */
const SLICE = 64 * 1024;

/*
 * The WebAssembly pass, `find(n, minRun)`, over the n bytes at INPUT_AT (n a multiple of 32),
 * 32 bytes at a time as two vectors v of 16, each with w1..w3 its bytes 1..3 further on. In
 * text form:
 *
 *   out = the two halves' bitmask((swizzle(LOW, v & 15) & swizzle(HIGH, v >> 4)) == 0)
 *                                                       ; a bit per byte not in a run
 *   lead = ctz(out)                                     ; run bytes first (32 if none other)
 *   if out != 0 and run + lead >= minRun: record (address + lead, run + lead) as a run end
 *   run = out == 0 ? run + 32 : clz(out)                ; run bytes last
 *   if any_true(v == '\' for either half):
 *     out = the halves' bitmask(v == '\' & (w1 == 'x' | w1 == '/' | w1 == 'u' & w2 == '0' & w3 == '0'))
 *     record (address, out) as escapes if out != 0
 *
 * `run`, the run bytes ending the input so far, is kept in RUN_WORD from one call to the next.
 * Only runs that reach past a 32-byte step are seen: hence `minRun` of 33 or more. LOW and HIGH
 * give each low and high nibble the classes of run bytes it occurs in (one bit per class:
 * digits, A-O and a-o, P-Z and p-z, + - /, _), so a byte belongs to a run when its two entries
 * share a bit. The loop branches only where a long run ends or a backslash is (rare): storing a
 * record every step and keeping it by advancing the list's end cost more. `find` returns the number of runs and leaves the escape
 * list's end in ESCAPES_END_WORD. Two vectors a step halve the scalar work, which dominates.
 */
const STEP = 32;
/** A run longer than a step crosses a step boundary, where the WebAssembly pass sees runs end. */
const SHORTEST_RUN = STEP + 1;
const RUN_WORD = 0;
const ESCAPES_END_WORD = 4;
const RUNS_AT = 64;
/** A step ends at most one run, and makes at most one escape record: 8 bytes a step. */
const LIST_BYTES = (SLICE / STEP + 1) * 8;
const ESCAPES_AT = RUNS_AT + LIST_BYTES;
const INPUT_AT = ESCAPES_AT + LIST_BYTES;
/** A slice, a step of NULs after the input's end to close its last run, and `w3`'s reach. */
const INPUT_BYTES = SLICE + 2 * STEP;

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

function assembleFind(): Uint8Array {
  const uleb = (value: number): number[] => {
    const out: number[] = [];
    let rest = value >>> 0;
    do {
      const low = rest & 0x7f;
      rest >>>= 7;
      out.push(rest === 0 ? low : low | 0x80);
    } while (rest !== 0);
    return out;
  };
  // i32.const takes a signed LEB128.
  const sleb = (value: number): number[] => {
    const out: number[] = [];
    let rest = value;
    for (;;) {
      const low = rest & 0x7f;
      rest >>= 7;
      if ((rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0)) return [...out, low];
      out.push(low | 0x80);
    }
  };
  const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
  const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
  const name = (text: string): number[] => [...uleb(text.length), ...Buffer.from(text, "latin1")];
  const i32 = 0x7f;
  const v128 = 0x7b;
  const op = {
    block: 0x02,
    loop: 0x03,
    if: 0x04,
    end: 0x0b,
    br: 0x0c,
    brIf: 0x0d,
    void: 0x40,
    select: 0x1b,
    get: 0x20,
    set: 0x21,
    tee: 0x22,
    load: 0x28,
    store: 0x36,
    const: 0x41,
    eqz: 0x45,
    ne: 0x47,
    geU: 0x4f,
    clz: 0x67,
    ctz: 0x68,
    add: 0x6a,
    sub: 0x6b,
    and: 0x71,
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
  // Locals: parameters n and minRun, then i32s, then v128s (the two halves).
  const [N, MIN, P, END, R, E, RUN, OUT, LEAD, V0, V1] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const word = (address: number) => [op.const, 0, op.load, 2, ...uleb(address)];
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
    op.const, ...sleb(INPUT_AT), op.tee, P, op.get, N, op.add, op.set, END,
    op.const, ...sleb(RUNS_AT), op.set, R,
    op.const, ...sleb(ESCAPES_AT), op.set, E,
    ...word(RUN_WORD), op.set, RUN,
    op.block, op.void, op.loop, op.void,
      op.get, P, op.get, END, op.geU, op.brIf, 1,
      ...notInRun(0, V0), ...notInRun(16, V1), op.const, 16, op.shl, op.or, op.tee, OUT,
      op.ctz, op.get, RUN, op.add, op.tee, LEAD,
      // Rare (a long run ends here), so a branch costs less than storing every step.
      op.get, MIN, op.geU, op.get, OUT, op.const, 0, op.ne, op.and, op.if, op.void,
        op.get, R, op.get, P, op.get, OUT, op.ctz, op.add, op.store, 2, 0,
        op.get, R, op.get, LEAD, op.store, 2, 4,
        op.get, R, op.const, 8, op.add, op.set, R,
      op.end,
      op.get, RUN, op.const, STEP, op.add, op.get, OUT, op.clz, op.get, OUT, op.eqz, op.select, op.set, RUN,
      op.get, V0, ...splat(BACKSLASH), ...i8x16.eq, op.get, V1, ...splat(BACKSLASH), ...i8x16.eq,
      ...v.or, ...v.anyTrue, op.if, op.void,
        op.get, E, op.get, P, op.store, 2, 0,
        op.get, E, ...escapesIn(0, V0), ...escapesIn(16, V1), op.const, 16, op.shl, op.or, op.tee, OUT,
          op.store, 2, 4,
        op.get, E, op.get, OUT, op.const, 0, op.ne, op.const, 3, op.shl, op.add, op.set, E,
      op.end,
      op.get, P, op.const, STEP, op.add, op.set, P,
      op.br, 0,
    op.end, op.end,
    op.const, 0, op.get, RUN, op.store, 2, ...uleb(RUN_WORD),
    op.const, 0, op.get, E, op.store, 2, ...uleb(ESCAPES_END_WORD),
    op.get, R, op.const, ...sleb(RUNS_AT), op.sub, op.const, 3, op.shrU,
    op.end,
  ];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[i32], [i32]]), ...vector([[i32]])]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0x00, Math.ceil((INPUT_AT + INPUT_BYTES) / 65536)]])),
    ...section(
      7,
      vector([
        [...name("find"), 0x00, 0],
        [...name("memory"), 0x02, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

/** The little of the WebAssembly API used here (the project's `lib` setting has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

/** The WebAssembly pass; `undefined` where WebAssembly or its SIMD is unavailable (`--jitless`). */
export function wasmFinder(): Finder | undefined {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return undefined;
  let exports: Record<string, unknown>;
  try {
    exports = new wasm.Instance(new wasm.Module(assembleFind())).exports;
  } catch {
    return undefined;
  }
  const find = exports.find as (n: number, minRun: number) => number;
  const memory = new Uint8Array((exports.memory as { buffer: ArrayBuffer }).buffer);
  const words = new Int32Array(memory.buffer);
  return (bytes, from, to, minRun) => {
    if (minRun < SHORTEST_RUN) throw new RangeError(`minRun must be at least ${SHORTEST_RUN}`);
    const runs: number[] = [];
    const escapes: number[] = [];
    words[RUN_WORD >> 2] = 0;
    for (let slice = from; slice < to || slice === from; slice += SLICE) {
      const length = Math.min(SLICE, to - slice);
      const last = slice + length === to;
      // The slice and the 3 bytes after it (escapes), then NULs; the last slice takes one more
      // step when needed, so that a NUL ends its last run.
      const copied = Math.min(length + 3, to - slice);
      const steps = Math.ceil((last ? length + 1 : length) / STEP);
      memory.set(bytes.subarray(slice, slice + copied), INPUT_AT);
      memory.fill(0, INPUT_AT + copied, INPUT_AT + steps * STEP + 3);
      const count = find(steps * STEP, minRun);
      const bias = slice - INPUT_AT;
      for (let i = 0; i < count; i++) {
        const end = Math.min((words[(RUNS_AT >> 2) + 2 * i] as number) + bias, to);
        runs.push(end - (words[(RUNS_AT >> 2) + 2 * i + 1] as number), end);
      }
      const escapesEnd = (words[ESCAPES_END_WORD >> 2] as number) >> 2;
      for (let i = ESCAPES_AT >> 2; i < escapesEnd; i += 2) {
        const step = (words[i] as number) + bias;
        for (let mask = words[i + 1] as number; mask !== 0; mask &= mask - 1) {
          const at = step + 31 - Math.clz32(mask & -mask);
          if (at < to) escapes.push(at);
        }
      }
      if (last) break;
    }
    return { runs, escapes };
  };
}
